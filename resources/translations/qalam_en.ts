<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgreementTab</name>
    <message numerus="yes">
        <source>%Ln article(s) coded by all of %2. Overall: %3 % agreement · κ %4 · α %5 (every code&apos;s decisions pooled).</source>
        <translation>
            <numerusform>%Ln article coded by all of %2. Overall: %3 % agreement · κ %4 · α %5 (every code&apos;s decisions pooled).</numerusform>
            <numerusform>%Ln articles coded by all of %2. Overall: %3 % agreement · κ %4 · α %5 (every code&apos;s decisions pooled).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) where the coders differ, side by side:</source>
        <translation>
            <numerusform>%Ln place where the coders differ, side by side:</numerusform>
            <numerusform>%Ln places where the coders differ, side by side:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationBrowser</name>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message numerus="yes">
        <source>%n on this article</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>%n on this article</numerusform>
            <numerusform>%n on this article</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>edited, up to %n word(s) changed (Ctrl+D compares)</source>
        <translation>
            <numerusform>edited, up to %n word changed (Ctrl+D compares)</numerusform>
            <numerusform>edited, up to %n words changed (Ctrl+D compares)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeLabels</name>
    <message numerus="yes">
        <source>edited, %n word(s) changed</source>
        <translation>
            <numerusform>edited, %n word changed</numerusform>
            <numerusform>edited, %n words changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message numerus="yes">
        <source>Code %n article(s) as a whole</source>
        <translation>
            <numerusform>Code %n article as a whole</numerusform>
            <numerusform>Code %n articles as a whole</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the code “%1”, the codes below it and its %Ln coding(s)? The passages stay. Edit ▸ Undo brings it all back.</source>
        <translation>
            <numerusform>Delete the code “%1”, the codes below it and its %Ln coding? The passages stay. Edit ▸ Undo brings it all back.</numerusform>
            <numerusform>Delete the code “%1”, the codes below it and its %Ln codings? The passages stay. Edit ▸ Undo brings it all back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln code</numerusform>
            <numerusform>%Ln codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new code(s)</source>
        <translation>
            <numerusform>%Ln new code</numerusform>
            <numerusform>%Ln new codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already here</source>
        <translation>
            <numerusform>%Ln already here</numerusform>
            <numerusform>%Ln already here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln source(s) matched to articles</source>
        <translation>
            <numerusform>%1 of %Ln source matched to articles</numerusform>
            <numerusform>%1 of %Ln sources matched to articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new coding(s)</source>
        <translation>
            <numerusform>%Ln new coding</numerusform>
            <numerusform>%Ln new codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new passage(s)</source>
        <translation>
            <numerusform>%Ln new passage</numerusform>
            <numerusform>%Ln new passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new note(s)</source>
        <translation>
            <numerusform>%Ln new note</numerusform>
            <numerusform>%Ln new notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CooccurrenceTab</name>
    <message numerus="yes">
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln passage</numerusform>
            <numerusform>%Ln passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportsController</name>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln code</numerusform>
            <numerusform>%Ln codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportLogDialog</name>
    <message numerus="yes">
        <source>imported, %n warning(s)</source>
        <translation>
            <numerusform>imported, %n warning</numerusform>
            <numerusform>imported, %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s)</source>
        <translation>
            <numerusform>%Ln new article</numerusform>
            <numerusform>%Ln new articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new version(s)</source>
        <translation>
            <numerusform>%Ln new version</numerusform>
            <numerusform>%Ln new versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln occurrence(s)</source>
        <translation>
            <numerusform>%Ln occurrence</numerusform>
            <numerusform>%Ln occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message numerus="yes">
        <source>%Ln file(s) imported</source>
        <translation>
            <numerusform>%Ln file imported</numerusform>
            <numerusform>%Ln files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <comment>files</comment>
        <translation>
            <numerusform>%Ln already in the library</numerusform>
            <numerusform>%Ln already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with warnings</source>
        <comment>files</comment>
        <translation>
            <numerusform>%Ln with warnings</numerusform>
            <numerusform>%Ln with warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <comment>files</comment>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s)</source>
        <translation>
            <numerusform>%Ln new article</numerusform>
            <numerusform>%Ln new articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListController</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ article(s)</source>
        <comment>the rows found so far, while the list is still counted</comment>
        <translation>
            <numerusform>%Ln+ article</numerusform>
            <numerusform>%Ln+ articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParallelSummary</name>
    <message numerus="yes">
        <source>%Ln aligned row(s)</source>
        <translation>
            <numerusform>%Ln aligned row</numerusform>
            <numerusform>%Ln aligned rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln of them joining, splitting or missing paragraphs</source>
        <translation>
            <numerusform>, %Ln of them joining, splitting or missing paragraphs</numerusform>
            <numerusform>, %Ln of them joining, splitting or missing paragraphs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message numerus="yes">
        <source>%Ln character(s), seen in %1:</source>
        <translation>
            <numerusform>%Ln character, seen in %1:</numerusform>
            <numerusform>%Ln characters, seen in %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>1 version · %n place(s)</source>
        <translation>
            <numerusform>1 version · %n place</numerusform>
            <numerusform>1 version · %n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoverySummary</name>
    <message numerus="yes">
        <source>Recovered %Ln row(s) into %1; nothing was lost.</source>
        <translation>
            <numerusform>Recovered %Ln row into %1; nothing was lost.</numerusform>
            <numerusform>Recovered %Ln rows into %1; nothing was lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln damaged stretch(es)</source>
        <translation>
            <numerusform>%Ln damaged stretch</numerusform>
            <numerusform>%Ln damaged stretches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) dropped</source>
        <translation>
            <numerusform>%Ln row dropped</numerusform>
            <numerusform>%Ln rows dropped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recovered %Ln row(s) into %1; rows were lost in %2.</source>
        <translation>
            <numerusform>Recovered %Ln row into %1; rows were lost in %2.</numerusform>
            <numerusform>Recovered %Ln rows into %1; rows were lost in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchProblems</name>
    <message numerus="yes">
        <source>the search has %Ln word(s); only the first %1 are searched</source>
        <translation>
            <numerusform>the search has %Ln word; only the first %1 are searched</numerusform>
            <numerusform>the search has %Ln words; only the first %1 are searched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the search has %Ln filter(s); at most %1 are used</source>
        <translation>
            <numerusform>the search has %Ln filter; at most %1 are used</numerusform>
            <numerusform>the search has %Ln filters; at most %1 are used</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message numerus="yes">
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln passage</numerusform>
            <numerusform>%Ln passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln passage(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln passage to %1</numerusform>
            <numerusform>Exported %Ln passages to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <source>Edited: %Ln article(s) with a version that changes words</source>
        <translation>
            <numerusform>Edited: %Ln article with a version that changes words</numerusform>
            <numerusform>Edited: %Ln articles with a version that changes words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <comment>articles</comment>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new version(s)</source>
        <translation>
            <numerusform>%Ln new version</numerusform>
            <numerusform>%Ln new versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): see File ▸ Import Log</source>
        <translation>
            <numerusform>%Ln warning: see File ▸ Import Log</numerusform>
            <numerusform>%Ln warnings: see File ▸ Import Log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (all tags below it): %Ln article(s)</source>
        <translation>
            <numerusform>%1 (all tags below it): %Ln article</numerusform>
            <numerusform>%1 (all tags below it): %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln article(s)</source>
        <translation>
            <numerusform>%1: %Ln article</numerusform>
            <numerusform>%1: %Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagsController</name>
    <message numerus="yes">
        <source>Tag %n article(s) with:</source>
        <translation>
            <numerusform>Tag %n article with:</numerusform>
            <numerusform>Tag %n articles with:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the %Ln article(s) tagged “%1” to:</source>
        <translation>
            <numerusform>Move the %Ln article tagged “%1” to:</numerusform>
            <numerusform>Move the %Ln articles tagged “%1” to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? It is removed from %Ln article(s); the articles stay. Edit ▸ Undo brings it back.</source>
        <translation>
            <numerusform>Delete the tag “%1”? It is removed from %Ln article; the articles stay. Edit ▸ Undo brings it back.</numerusform>
            <numerusform>Delete the tag “%1”? It is removed from %Ln articles; the articles stay. Edit ▸ Undo brings it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionChoices</name>
    <message numerus="yes">
        <source>%Ln character(s), seen in:</source>
        <translation>
            <numerusform>%Ln character, seen in:</numerusform>
            <numerusform>%Ln characters, seen in:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message numerus="yes">
        <source>seen in %n place(s)</source>
        <translation>
            <numerusform>seen in %n place</numerusform>
            <numerusform>seen in %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n versions, compared against version %1 (the first seen).</source>
        <translation>
            <numerusform>%n version, compared against version %1 (the first seen).</numerusform>
            <numerusform>%n versions, compared against version %1 (the first seen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n versions, compared against version %1.</source>
        <translation>
            <numerusform>%n version, compared against version %1.</numerusform>
            <numerusform>%n versions, compared against version %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
