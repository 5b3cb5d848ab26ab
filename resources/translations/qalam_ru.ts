<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>browse the annotations of the whole library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight &amp;Colour Names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note to Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotations Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or hide the annotations panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code the selected passage (or the selected highlight): type to pick codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code Whole &amp;Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code the selected articles (or the one being read) as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded &amp;Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every passage coded with some codes, combined AND / OR / NOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code &amp;Frequencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code C&amp;o-occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inter-coder A&amp;greement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as a coder, recorded on every coding you make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Only &amp;My Codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide other coders&apos; codings, for blind coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Codebook (.qdc)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import REFI-QDA &amp;Project (.qdpx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Codebook (.qdc)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export REFI-QDA P&amp;roject (.qdpx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code&amp;book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or hide the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding A&amp;nalysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or hide the coding analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename the code selected in the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the code selected in the codebook (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions and translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two versions side by side, or read linked translations in parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare versions, or read translations in parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link as Translation of…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or hide the versions panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the Compare View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import dump files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every dump in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Inbox Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch a folder and import dumps that appear in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the &amp;Sample Dumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the system&apos;s language when Qalam has it, else English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>combine sidebar filters (AND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the article&apos;s web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qalam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Qalam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the panes, columns and panels back as they were at first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down in Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Source in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the article&apos;s web page in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;Word Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Конституция also finds Конституции, Қазақстан also Қазақстанда; &quot;quotes&quot; match exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh Typed on a &amp;Russian Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>казакстан finds Қазақстан: а, г, к, н, о, у, х, и also match ә, ғ, қ, ң, ө, ұ/ү, һ, і</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh in &amp;Latin Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qazaqstan finds Қазақстан, and Қазақстан finds Qazaqstan (the 2021 alphabet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag the selected articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <source>Articles (code present or not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters of the passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters: every character of the articles counts, so text nobody coded is agreement on “not coded”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement needs codings by two or more coders.

Each coder sets a name with Coding ▸ Coder Name…; bring in another coder&apos;s work with Coding ▸ Import REFI-QDA Project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick two or more coders above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article was coded by all of %1 yet: agreement compares the articles every one of them coded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) coded by all of %2. Overall: %3 % agreement · κ %4 · α %5 (every code&apos;s decisions pooled).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) where the coders differ, side by side:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cohen&apos;s κ compares exactly two coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined when every decision is the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(the article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disagreements.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Coded Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisTab</name>
    <message>
        <source>Only the articles listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine with the search box and the sidebar&apos;s filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis could not be completed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Change an option or press Refresh to compute it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the coded articles: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is coded yet.

Select text in the reader and press C to code it; Shift+C codes a whole article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationBrowser</name>
    <message>
        <source>Browse Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search quotes and notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the article at this highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationCard</name>
    <message>
        <source>Colour, re-attach, delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coded passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placed approximately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach to the Selected Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text in the reader to highlight it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight deleted. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the passage in the reader first, then choose Re-attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight Colour Names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the whole article, not tied to a passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text in the reader, then pick a colour, or press 1–6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanchored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n on this article</source>
        <comment>annotations</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions: how many different texts of the article were seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>edited, up to %n word(s) changed (Ctrl+D compares)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 against the first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeLabels</name>
    <message numerus="yes">
        <source>edited, %n word(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>identical text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whitespace only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>punctuation/quotes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <source>Type to find a code, or a new name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter applies · Ctrl+Space ticks several · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>＋ New code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codebook is empty: type a name to create the first code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeTree</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <source>Filter codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new code at the top level (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new code below the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No codes yet.

Create one with New, or select text in the reader and press C, then type a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition · include when … · exclude when …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo: your notes on this code as coding goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as a coder: every coding you make records it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only my codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide other coders&apos; codings, for blind coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder: (not set) — click to set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coded passages (and whole articles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>articles with this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a code to see its definition and memo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as a coder. It is recorded on every coding you make,
so that agreement between coders can be measured:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing only your codings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing every coder&apos;s codings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code the selected passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code the selected highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text in the reader to code it (Shift+C codes the whole article).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select articles to code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded “%1”. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code with the new code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made the code “%1” and coded with it. Ctrl+Z undoes both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text in the reader first, then drop it on a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new code below “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolour “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other code to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move every coding of “%1” (and its sub-codes) to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code deleted. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to the Selected Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code the Selected Articles as a Whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Coded Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Articles with This Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Sub-code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename	F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…	Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code Selection…	C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Code %n article(s) as a whole</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the code “%1”, the codes below it and its %Ln coding(s)? The passages stay. Edit ▸ Undo brings it all back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new code(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln source(s) matched to articles</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new coding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new passage(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an article to compare its versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article has one version, and no linked translation: there is nothing to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the article to link (or two articles to link with each other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked as translations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked as translations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>The same version on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punctuation &amp;&amp; quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation marks, apostrophes, dashes and other punctuation do not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital and small letters compare equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces and line breaks between words do not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous change (Shift+F7, Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next change (F7, Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs aligned by their lengths (Gale–Church); the panes scroll together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the two texts; the window stays usable meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences (ignoring %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CooccurrenceTab</name>
    <message>
        <source>Overlapping passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes that occur together in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell to list the passages it counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coded passages match these options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlapping passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>articles with both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells count %1; the diagonal, each code&apos;s own. Click a cell to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Your library is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import dump files from a news site to start reading, tagging and comparing.
You can also drop files or folders anywhere on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the Sample Dumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>articles with versions, tags and annotations (Qalam&apos;s documented shape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (with highlights and notes)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>articles to read, with highlights and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, One Row per Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one row per article, for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations as W3C Web Annotation JSON-LD…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotations as W3C Web Annotation JSON-LD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one row per annotation, for spreadsheets and QDA tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA Project (.qdpx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA project for NVivo, ATLAS.ti, MAXQDA, QualCoder: versions, codes, codings, coders, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA Codebook (.qdc)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the codebook alone, as a REFI-QDA codebook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportsController</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selected Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the articles to export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrequenciesTab</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coded passages match these options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per %2, by code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighlightColors</name>
    <message>
        <source>highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighlightLayer</name>
    <message>
        <source>Placed approximately: this version&apos;s text differs slightly from where it was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighlightPopup</name>
    <message>
        <source>Highlight as “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportLogDialog</name>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to see its warnings or errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>imported, %n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new version(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln occurrence(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the file being imported now; nothing is left half-imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <comment>files</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with warnings</source>
        <comment>files</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <comment>files</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import done: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import problems: details…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportsController</name>
    <message>
        <source>This library is read-only: dumps cannot be imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Dump Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dump files (*.txt *.txt.gz *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Every Dump in a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox Folder: Dumps Saved Here Are Imported Automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1 for new dumps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageController</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryOpening</name>
    <message>
        <source>The library could not be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no library at
%1

Create a new, empty library there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library
%1
is damaged (%2). Nothing will be written to it.

Copy everything that can still be read into a new library,
%3,
and open that? The damaged file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be recovered.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibrarySession</name>
    <message>
        <source>This library is read-only (its file or folder cannot be written): nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkTranslationDialog</name>
    <message>
        <source>Link as Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link “%1” as a translation of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and texts; empty lists the articles of the same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListController</name>
    <message>
        <source>Mark Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ article(s)</source>
        <comment>the rows found so far, while the list is still counted</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Read, annotate and compare news articles offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qalam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo library (discarded on exit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file is damaged (%1). Nothing more is written to it.

Quit Qalam and start it again: it will offer to copy what can still be read into a new library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout is back as it was at first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParallelSummary</name>
    <message numerus="yes">
        <source>%Ln aligned row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln of them joining, splitting or missing paragraphs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>Version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article was seen with different texts; choose which version to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the versions side by side (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an article to read it.

J / K move through the list · / searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader text size: %1 pt (Ctrl+0 resets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article has no stored text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s), seen in %1:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>1 version · %n place(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This article has no web source to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version has no text (the dump may have been cut off).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySummary</name>
    <message numerus="yes">
        <source>Recovered %Ln row(s) into %1; nothing was lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln damaged stretch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) dropped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recovered %Ln row(s) into %1; rows were lost in %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search titles and texts. Filters: tag:name  -tag:name  section:News  source:name
date:2026-02  date:2026-02-01..2026-02-28  is:unread  is:starred  has:versions
Use &quot;quotes&quot; for a phrase, or for a word matched exactly. Esc clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search  (/)  — words, &quot;phrases&quot;, tag:, date:2026-02, is:unread…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 characters are searched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchOptions</name>
    <message>
        <source>Search &amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchProblems</name>
    <message>
        <source>%1 is not a date; use date:2026-02 or date:2026-02-01..2026-02-28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the search has %Ln word(s); only the first %1 are searched</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the search has %Ln filter(s); at most %1 are used</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentTable</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the whole article)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <source>Any of the ticked codes (OR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of the ticked codes, overlapping (AND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages coded with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a code to tick it, again to exclude it (NOT), again to clear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick one or more codes on the left to list their passages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in the articles listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln passage(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Coded Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a key or a command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Edited: %Ln article(s) with a version that changes words</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <comment>articles</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new version(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): see File ▸ Import Log</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Drop articles here or press T</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (all tags below it): %Ln article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click: show · again: exclude · again: clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1</source>
        <comment>an excluded filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Import Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackedBars</name>
    <message>
        <source>Nothing to chart yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <source>Remove the tag “%1” from this article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagColors</name>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagNameDialog</name>
    <message>
        <source>e.g. constitution or politics/elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use / for a hierarchy: politics/elections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsController</name>
    <message>
        <source>Remove Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select articles to tag first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag %n article(s) with:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “%1” to (an existing name merges the two):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolour Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other tag to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move the %Ln article(s) tagged “%1” to:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? It is removed from %Ln article(s); the articles stay. Edit ▸ Undo brings it back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationStrip</name>
    <message>
        <source>Translations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same address, other language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read in parallel with “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionChoices</name>
    <message numerus="yes">
        <source>%Ln character(s), seen in:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected version side by side with the base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two versions (Ctrl-click) to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify the other versions against this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this version in the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same place: seen once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (id %2), seen in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an article to see its versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>seen in %n place(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n versions, compared against version %1 (the first seen).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n versions, compared against version %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>One version, %1: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctrl</name>
    <message>
        <source>Highlight “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolour to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
