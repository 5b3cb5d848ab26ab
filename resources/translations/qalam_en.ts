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
    <name>AnnotationImportController</name>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) in the file (%1)</source>
        <translation>
            <numerusform>%Ln annotation in the file (%1)</numerusform>
            <numerusform>%Ln annotations in the file (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched to an article</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>%Ln matched to an article</numerusform>
            <numerusform>%Ln matched to an article</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln placed exactly</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>%Ln placed exactly</numerusform>
            <numerusform>%Ln placed exactly</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approximately</source>
        <comment>annotations placed</comment>
        <translation>
            <numerusform>%Ln approximately</numerusform>
            <numerusform>%Ln approximately</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned (passage not found)</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>%Ln orphaned (passage not found)</numerusform>
            <numerusform>%Ln orphaned (passage not found)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article note(s)</source>
        <translation>
            <numerusform>%Ln article note</numerusform>
            <numerusform>%Ln article notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln:</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>Added %Ln:</numerusform>
            <numerusform>Added %Ln:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %Ln (the file&apos;s copy was edited later)</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>Updated %Ln (the file&apos;s copy was edited later)</numerusform>
            <numerusform>Updated %Ln (the file&apos;s copy was edited later)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in the library: %Ln</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>Already in the library: %Ln</numerusform>
            <numerusform>Already in the library: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Codings added: %Ln</source>
        <translation>
            <numerusform>Codings added: %Ln</numerusform>
            <numerusform>Codings added: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tags that are not colour names kept in the note of %Ln annotation(s)</source>
        <translation>
            <numerusform>Tags that are not colour names kept in the note of %Ln annotation</numerusform>
            <numerusform>Tags that are not colour names kept in the notes of %Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %Ln:</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>Skipped %Ln:</numerusform>
            <numerusform>Skipped %Ln:</numerusform>
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
    <name>CitationsController</name>
    <message numerus="yes">
        <source>Copied %Ln citation(s).</source>
        <translation>
            <numerusform>Copied the citation.</numerusform>
            <numerusform>Copied %Ln citations.</numerusform>
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
    <name>CollocatesPane</name>
    <message numerus="yes">
        <source> word(s)</source>
        <comment>the suffix of &apos;± 5&apos;</comment>
        <translation>
            <numerusform> word</numerusform>
            <numerusform> words</numerusform>
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
    <name>CorpusController</name>
    <message numerus="yes">
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>%Ln hit</numerusform>
            <numerusform>%Ln hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>in %Ln article</numerusform>
            <numerusform>in %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s) sorted</source>
        <translation>
            <numerusform>%Ln hit sorted</numerusform>
            <numerusform>%Ln hits sorted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — the newest %Ln; more hits exist</source>
        <translation>
            <numerusform> — the newest %Ln; more hits exist</numerusform>
            <numerusform> — the newest %Ln; more hits exist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) without a date are not counted.</source>
        <translation>
            <numerusform>%Ln article without a date is not counted.</numerusform>
            <numerusform>%Ln articles without a date are not counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln matching text(s)</source>
        <translation>
            <numerusform>in %Ln matching text</numerusform>
            <numerusform>in %Ln matching texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Words within ±%Ln word(s) of %1, by log-likelihood (G²)</source>
        <translation>
            <numerusform>Words within ±%Ln word of %1, by log-likelihood (G²)</numerusform>
            <numerusform>Words within ±%Ln words of %1, by log-likelihood (G²)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftList</name>
    <message numerus="yes">
        <source>Drift: %Ln mismatch(es) to look at</source>
        <translation>
            <numerusform>Drift: %Ln mismatch to look at</numerusform>
            <numerusform>Drift: %Ln mismatches to look at</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln accepted as fine</source>
        <comment>mismatches</comment>
        <translation>
            <numerusform> · %Ln accepted as fine</numerusform>
            <numerusform> · %Ln accepted as fine</numerusform>
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
    <name>FrequencyPane</name>
    <message numerus="yes">
        <source>(of %Ln article(s))</source>
        <translation>
            <numerusform>(of %Ln article)</numerusform>
            <numerusform>(of %Ln articles)</numerusform>
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
        <source>%Ln corrected by hand</source>
        <comment>aligned rows</comment>
        <translation>
            <numerusform>%Ln corrected by hand</numerusform>
            <numerusform>%Ln corrected by hand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mismatch(es) to look at</source>
        <translation>
            <numerusform>%Ln mismatch to look at</numerusform>
            <numerusform>%Ln mismatches to look at</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln accepted)</source>
        <comment>mismatches</comment>
        <translation>
            <numerusform>(%Ln accepted)</numerusform>
            <numerusform>(%Ln accepted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln correction(s) made by hand no longer fit these texts (the words at the boundary are gone) and were set aside.</source>
        <translation>
            <numerusform>%Ln correction made by hand no longer fits these texts (the words at its boundary are gone) and was set aside.</numerusform>
            <numerusform>%Ln corrections made by hand no longer fit these texts (the words at the boundary are gone) and were set aside.</numerusform>
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
    <name>SpecWords</name>
    <message numerus="yes">
        <source>%Ln import(s)</source>
        <translation>
            <numerusform>%Ln import</numerusform>
            <numerusform>%Ln imports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%Ln edit(s) to send</source>
        <translation>
            <numerusform>%Ln edit to send</numerusform>
            <numerusform>%Ln edits to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
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
