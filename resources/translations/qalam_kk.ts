<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Annotations</source>
        <translation>Аннотациялар</translation>
    </message>
    <message>
        <source>&amp;Browse Annotations…</source>
        <translation>Аннотацияларды &amp;шолу…</translation>
    </message>
    <message>
        <source>browse the annotations of the whole library</source>
        <translation>бүкіл кітапхананың аннотацияларын шолу</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour Names…</source>
        <translation>Ерекшелеу &amp;түстерінің атаулары…</translation>
    </message>
    <message>
        <source>Add &amp;Note to Article…</source>
        <translation>Мақалаға &amp;жазба қосу…</translation>
    </message>
    <message>
        <source>&amp;Annotations Panel</source>
        <translation>&amp;Аннотациялар тақтасы</translation>
    </message>
    <message>
        <source>show or hide the annotations panel</source>
        <translation>аннотациялар тақтасын көрсету не жасыру</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Мақалалар</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>&amp;Келесі мақала</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>&amp;Алдыңғы мақала</translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation>Оқылды / &amp;оқылмады</translation>
    </message>
    <message>
        <source>Toggle &amp;Star</source>
        <translation>Жұлдызша қою / &amp;алу</translation>
    </message>
    <message>
        <source>Select &amp;All Articles</source>
        <translation>&amp;Барлық мақаланы таңдау</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Кодтау</translation>
    </message>
    <message>
        <source>&amp;Code Selection…</source>
        <translation>Таңдалғанды &amp;кодтау…</translation>
    </message>
    <message>
        <source>code the selected passage (or the selected highlight): type to pick codes</source>
        <translation>таңдалған үзіндіні (не таңдалған ерекшелеуді) кодтау: кодтарды таңдау үшін теріңіз</translation>
    </message>
    <message>
        <source>Code Whole &amp;Article…</source>
        <translation>Мақаланы &amp;толық кодтау…</translation>
    </message>
    <message>
        <source>code the selected articles (or the one being read) as a whole</source>
        <translation>таңдалған мақалаларды (не оқылып жатқанын) толық кодтау</translation>
    </message>
    <message>
        <source>&amp;New Code…</source>
        <translation>&amp;Жаңа код…</translation>
    </message>
    <message>
        <source>Coded &amp;Segments</source>
        <translation>Кодталған &amp;үзінділер</translation>
    </message>
    <message>
        <source>every passage coded with some codes, combined AND / OR / NOT</source>
        <translation>таңдалған кодтармен кодталған барлық үзінді, ЖӘНЕ / НЕМЕСЕ / ЕМЕС тіркесімдерімен</translation>
    </message>
    <message>
        <source>Code &amp;Frequencies</source>
        <translation>Кодтардың &amp;жиілігі</translation>
    </message>
    <message>
        <source>Code C&amp;o-occurrence</source>
        <translation>Кодтардың бірге &amp;кездесуі</translation>
    </message>
    <message>
        <source>Inter-coder A&amp;greement</source>
        <translation>Кодтаушылардың &amp;келісімі</translation>
    </message>
    <message>
        <source>Coder &amp;Name…</source>
        <translation>Кодтаушының &amp;аты…</translation>
    </message>
    <message>
        <source>Your name as a coder, recorded on every coding you make</source>
        <translation>Кодтаушы ретіндегі атыңыз: ол сіз жасаған әр кодтауда жазылады</translation>
    </message>
    <message>
        <source>Show Only &amp;My Codings</source>
        <translation>Тек &amp;менің кодтауларымды көрсету</translation>
    </message>
    <message>
        <source>Hide other coders&apos; codings, for blind coding</source>
        <translation>Басқа кодтаушылардың кодтауларын жасыру (соқыр кодтау үшін)</translation>
    </message>
    <message>
        <source>&amp;Import Codebook (.qdc)…</source>
        <translation>Кодтар кітабын &amp;импорттау (.qdc)…</translation>
    </message>
    <message>
        <source>Import REFI-QDA &amp;Project (.qdpx)…</source>
        <translation>REFI-QDA &amp;жобасын импорттау (.qdpx)…</translation>
    </message>
    <message>
        <source>&amp;Export Codebook (.qdc)…</source>
        <translation>Кодтар кітабын &amp;экспорттау (.qdc)…</translation>
    </message>
    <message>
        <source>Export REFI-QDA P&amp;roject (.qdpx)…</source>
        <translation>REFI-QDA жо&amp;басын экспорттау (.qdpx)…</translation>
    </message>
    <message>
        <source>Code&amp;book</source>
        <translation>Кодтар &amp;кітабы</translation>
    </message>
    <message>
        <source>show or hide the codebook</source>
        <translation>кодтар кітабын көрсету не жасыру</translation>
    </message>
    <message>
        <source>Coding A&amp;nalysis</source>
        <translation>Кодтауды &amp;талдау</translation>
    </message>
    <message>
        <source>show or hide the coding analysis</source>
        <translation>кодтауды талдауды көрсету не жасыру</translation>
    </message>
    <message>
        <source>&amp;Rename Code</source>
        <translation>Кодтың атын &amp;өзгерту</translation>
    </message>
    <message>
        <source>rename the code selected in the codebook</source>
        <translation>кодтар кітабында таңдалған кодтың атын өзгерту</translation>
    </message>
    <message>
        <source>&amp;Delete Code…</source>
        <translation>Кодты &amp;жою…</translation>
    </message>
    <message>
        <source>delete the code selected in the codebook (undoable)</source>
        <translation>кодтар кітабында таңдалған кодты жою (болдырмауға болады)</translation>
    </message>
    <message>
        <source>Versions and translations</source>
        <translation>Нұсқалар мен аудармалар</translation>
    </message>
    <message>
        <source>&amp;Compare Versions…</source>
        <translation>Нұсқаларды &amp;салыстыру…</translation>
    </message>
    <message>
        <source>Compare two versions side by side, or read linked translations in parallel</source>
        <translation>Екі нұсқаны қатар салыстыру не байланысқан аудармаларды қатар оқу</translation>
    </message>
    <message>
        <source>compare versions, or read translations in parallel</source>
        <translation>нұсқаларды салыстыру не аудармаларды қатар оқу</translation>
    </message>
    <message>
        <source>&amp;Link as Translation of…</source>
        <translation>&amp;Аударма ретінде байланыстыру…</translation>
    </message>
    <message>
        <source>&amp;Versions Panel</source>
        <translation>&amp;Нұсқалар тақтасы</translation>
    </message>
    <message>
        <source>show or hide the versions panel</source>
        <translation>нұсқалар тақтасын көрсету не жасыру</translation>
    </message>
    <message>
        <source>Compare view</source>
        <translation>Салыстыру терезесі</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>Келесі өзгеріс</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>Алдыңғы өзгеріс</translation>
    </message>
    <message>
        <source>Close the Compare View</source>
        <translation>Салыстыру терезесін жабу</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>&amp;Аннотацияларды импорттау…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Import W3C Web Annotations (from Qalam or Hypothesis) or a Hypothesis JSON export</source>
        <translation>W3C Web Annotation аннотацияларын (Qalam не Hypothesis-тен) не Hypothesis-тің JSON экспортын импорттау</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Файлдарды &amp;импорттау…</translation>
    </message>
    <message>
        <source>Import dump files</source>
        <translation>Дамп файлдарын импорттау</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Қалтаны импорттау…</translation>
    </message>
    <message>
        <source>Import every dump in a folder</source>
        <translation>Қалтадағы барлық дампты импорттау</translation>
    </message>
    <message>
        <source>Set &amp;Inbox Folder…</source>
        <translation>«&amp;Кіріс» қалтасы…</translation>
    </message>
    <message>
        <source>Watch a folder and import dumps that appear in it</source>
        <translation>Қалтаны бақылап, онда пайда болған дамптарды импорттау</translation>
    </message>
    <message>
        <source>Import &amp;Log</source>
        <translation>Импорттау &amp;журналы</translation>
    </message>
    <message>
        <source>Import the &amp;Sample Dumps</source>
        <translation>Дамп &amp;үлгілерін импорттау</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Көрініс</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>&amp;Жүйедегідей</translation>
    </message>
    <message>
        <source>Use the system&apos;s language when Qalam has it, else English</source>
        <translation>Жүйенің тілі, егер ол Qalam-да болса, әйтпесе ағылшын тілі</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>clear the search</source>
        <translation>іздеуді тазарту</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Ctrl+шерту</translation>
    </message>
    <message>
        <source>combine sidebar filters (AND)</source>
        <translation>бүйір тақтаның сүзгілерін біріктіру (ЖӘНЕ)</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Қос шерту</translation>
    </message>
    <message>
        <source>open the article&apos;s web page</source>
        <translation>мақаланың веб-бетін ашу</translation>
    </message>
    <message>
        <source>Qalam</source>
        <translation>Qalam</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;About Qalam</source>
        <translation>Qalam &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <source>this list</source>
        <translation>осы тізім</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Табу</translation>
    </message>
    <message>
        <source>search</source>
        <translation>іздеу</translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation>Іздеуді тазарту</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>&amp;Бүйір тақтаны көрсету</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Орналасуды &amp;бастапқы күйге келтіру</translation>
    </message>
    <message>
        <source>Put the panes, columns and panels back as they were at first</source>
        <translation>Аймақтарды, бағандарды және тақталарды бастапқы күйіне қайтару</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Ашық</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Қараңғы</translation>
    </message>
    <message>
        <source>Parallel view</source>
        <translation>Қатар оқу</translation>
    </message>
    <message>
        <source>Next Row</source>
        <translation>Келесі жол</translation>
    </message>
    <message>
        <source>Previous Row</source>
        <translation>Алдыңғы жол</translation>
    </message>
    <message>
        <source>Work on the Left Edition</source>
        <translation>Сол жақтағы басылыммен жұмыс істеу</translation>
    </message>
    <message>
        <source>Work on the Right Edition</source>
        <translation>Оң жақтағы басылыммен жұмыс істеу</translation>
    </message>
    <message>
        <source>&amp;Split Row</source>
        <translation>Жолды &amp;бөлу</translation>
    </message>
    <message>
        <source>split the current row at the cursor, or in the middle</source>
        <translation>ағымдағы жолды курсор тұрған жерден не ортасынан бөлу</translation>
    </message>
    <message>
        <source>&amp;Merge with Next Row</source>
        <translation>Келесі жолмен &amp;біріктіру</translation>
    </message>
    <message>
        <source>Merge with &amp;Previous Row</source>
        <translation>&amp;Алдыңғы жолмен біріктіру</translation>
    </message>
    <message>
        <source>Move Segment to Row &amp;Above</source>
        <translation>Сегментті &amp;жоғарғы жолға жылжыту</translation>
    </message>
    <message>
        <source>re-pair this side&apos;s first segment with the row above</source>
        <translation>осы жақтың бірінші сегментін жоғарғы жолмен жұптастыру</translation>
    </message>
    <message>
        <source>Move Segment to Row &amp;Below</source>
        <translation>Сегментті &amp;төменгі жолға жылжыту</translation>
    </message>
    <message>
        <source>re-pair this side&apos;s last segment with the row below</source>
        <translation>осы жақтың соңғы сегментін төменгі жолмен жұптастыру</translation>
    </message>
    <message>
        <source>&amp;Reset Alignment of This Pair</source>
        <translation>Осы жұптың теңестіруін &amp;бастапқы күйге келтіру</translation>
    </message>
    <message>
        <source>&amp;Accept Mismatch as Fine</source>
        <translation>Сәйкессіздікті жарамды деп &amp;қабылдау</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>the keys of every window</source>
        <translation>барлық терезенің пернелері</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Тү&amp;зету</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Мақала</translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation>&amp;Кодтау</translation>
    </message>
    <message>
        <source>&amp;Corpus</source>
        <translation>&amp;Корпус</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Оқу</translation>
    </message>
    <message>
        <source>Page Down in Reader</source>
        <translation>Оқуда бір бет төмен</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Үлкейту</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Кішірейту</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Нақты өлшем</translation>
    </message>
    <message>
        <source>Open &amp;Source in Browser</source>
        <translation>&amp;Дереккөзді браузерде ашу</translation>
    </message>
    <message>
        <source>open the article&apos;s web page in the browser</source>
        <translation>мақаланың веб-бетін браузерде ашу</translation>
    </message>
    <message>
        <source>Match &amp;Word Forms</source>
        <translation>Сөз &amp;тұлғаларын ескеру</translation>
    </message>
    <message>
        <source>Конституция also finds Конституции, Қазақстан also Қазақстанда; &quot;quotes&quot; match exactly</source>
        <translation>«Конституция» «Конституции» сөзін де, «Қазақстан» «Қазақстанда» сөзін де табады; &quot;тырнақшадағы&quot; сөз дәл ізделеді</translation>
    </message>
    <message>
        <source>Kazakh Typed on a &amp;Russian Keyboard</source>
        <translation>&amp;Орыс пернетақтасымен терілген қазақша</translation>
    </message>
    <message>
        <source>казакстан finds Қазақстан: а, г, к, н, о, у, х, и also match ә, ғ, қ, ң, ө, ұ/ү, һ, і</source>
        <translation>«казакстан» «Қазақстан» сөзін табады: а, г, к, н, о, у, х, и әріптері ә, ғ, қ, ң, ө, ұ/ү, һ, і әріптеріне де сәйкес келеді</translation>
    </message>
    <message>
        <source>Kazakh in &amp;Latin Letters</source>
        <translation>&amp;Латын әрпімен жазылған қазақша</translation>
    </message>
    <message>
        <source>Qazaqstan finds Қазақстан, and Қазақстан finds Qazaqstan (the 2021 alphabet)</source>
        <translation>«Qazaqstan» «Қазақстан» сөзін, ал «Қазақстан» «Qazaqstan» сөзін табады (2021 жылғы әліпби)</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>&amp;Тег қосу…</translation>
    </message>
    <message>
        <source>tag the selected articles</source>
        <translation>таңдалған мақалаларға тег қою</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Корпус</translation>
    </message>
    <message>
        <source>&amp;Concordance</source>
        <translation>&amp;Конкорданс</translation>
    </message>
    <message>
        <source>every hit of the search in its context (KWIC)</source>
        <translation>іздеудің әр сәйкестігі өз контекстінде (KWIC)</translation>
    </message>
    <message>
        <source>&amp;Frequency over Time</source>
        <translation>Уақыт бойынша &amp;жиілік</translation>
    </message>
    <message>
        <source>how often the search matches, per day, week, month or year</source>
        <translation>іздеу қаншалықты жиі кездеседі: күн, апта, ай не жыл бойынша</translation>
    </message>
    <message>
        <source>Co&amp;llocates</source>
        <translation>Ко&amp;ллокаттар</translation>
    </message>
    <message>
        <source>the words near the search more often than chance</source>
        <translation>іздеуге кездейсоқтан жиірек жақын тұратын сөздер</translation>
    </message>
    <message>
        <source>Count Hits Once per &amp;Article (Newest Version)</source>
        <translation>Сәйкестікті әр &amp;мақалада бір рет санау (ең жаңа нұсқа)</translation>
    </message>
    <message>
        <source>Count Hits in &amp;Every Version</source>
        <translation>Сәйкестікті &amp;әр нұсқада санау</translation>
    </message>
    <message>
        <source>Export Concordance as CSV…</source>
        <translation>Конкордансты CSV-ге экспорттау…</translation>
    </message>
    <message>
        <source>Export Frequencies as CSV…</source>
        <translation>Жиіліктерді CSV-ге экспорттау…</translation>
    </message>
    <message>
        <source>Export Chart as PNG…</source>
        <translation>Графикті PNG-ге экспорттау…</translation>
    </message>
    <message>
        <source>Export Chart as SVG…</source>
        <translation>Графикті SVG-ге экспорттау…</translation>
    </message>
    <message>
        <source>Export Collocates as CSV…</source>
        <translation>Коллокаттарды CSV-ге экспорттау…</translation>
    </message>
    <message>
        <source>C&amp;orpus Panel</source>
        <translation>К&amp;орпус тақтасы</translation>
    </message>
    <message>
        <source>show or hide the corpus panel</source>
        <translation>корпус тақтасын көрсету не жасыру</translation>
    </message>
    <message>
        <source>Click (concordance)</source>
        <translation>Шерту (конкорданс)</translation>
    </message>
    <message>
        <source>open the article at the hit</source>
        <translation>мақаланы сәйкестік тұрған жерден ашу</translation>
    </message>
    <message>
        <source>Ctrl+C (concordance)</source>
        <translation>Ctrl+C (конкорданс)</translation>
    </message>
    <message>
        <source>copy the selected lines</source>
        <translation>таңдалған жолдарды көшіру</translation>
    </message>
    <message>
        <source>Click / drag (chart)</source>
        <translation>Шерту / сүйреу (график)</translation>
    </message>
    <message>
        <source>list the articles of those periods</source>
        <translation>сол кезеңдердің мақалаларын тізімдеу</translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>&amp;Библиографиялық сілтемені көшіру</translation>
    </message>
    <message>
        <source>copy a formatted reference of the selected articles</source>
        <translation>таңдалған мақалаларға рәсімделген сілтемені көшіру</translation>
    </message>
    <message>
        <source>Your &amp;Name in Exports…</source>
        <translation>Экспорттағы &amp;атыңыз…</translation>
    </message>
    <message>
        <source>The name exported annotations give as their creator</source>
        <translation>Экспортталған аннотациялар авторы ретінде көрсететін ат</translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation>Іздеуді &amp;сақтау…</translation>
    </message>
    <message>
        <source>save the search and the sidebar filter under a name</source>
        <translation>іздеу мен бүйір тақтаның сүзгісін атпен сақтау</translation>
    </message>
    <message>
        <source>Drag (saved search)</source>
        <translation>Сүйреу (сақталған іздеу)</translation>
    </message>
    <message>
        <source>reorder the saved searches</source>
        <translation>сақталған іздеулердің ретін өзгерту</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Аудармалар</translation>
    </message>
    <message>
        <source>Confirm &amp;Projection</source>
        <translation>&amp;Проекцияны растау</translation>
    </message>
    <message>
        <source>Make the projected highlight under the selection a highlight of this edition</source>
        <translation>Таңдалған мәтін астындағы проекцияланған ерекшелеуді осы басылымның ерекшелеуі ету</translation>
    </message>
    <message>
        <source>make a projected highlight a highlight of this edition</source>
        <translation>проекцияланған ерекшелеуді осы басылымның ерекшелеуі ету</translation>
    </message>
    <message>
        <source>&amp;Edit Others&apos; Annotations</source>
        <translation>Басқалардың аннотацияларын &amp;өзгерту</translation>
    </message>
    <message>
        <source>Allow changing and deleting annotations that other people made (they are read-only otherwise)</source>
        <translation>Басқа адамдар жасаған аннотацияларды өзгертуге және жоюға рұқсат ету (әйтпесе олар тек оқуға арналған)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <source>S&amp;ync Folder…</source>
        <translation>С&amp;инхрондау қалтасы…</translation>
    </message>
    <message>
        <source>Keep this library in step with your other devices through a shared folder</source>
        <translation>Осы кітапхананы басқа құрылғыларыңызбен ортақ қалта арқылы синхрондау</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Қазір &amp;синхрондау</translation>
    </message>
    <message>
        <source>Sync Lo&amp;g</source>
        <translation>Синхрондау &amp;журналы</translation>
    </message>
    <message>
        <source>Sync &amp;Conflicts</source>
        <translation>Синхрондау &amp;қайшылықтары</translation>
    </message>
    <message>
        <source>Edits made on two devices at once: both values, who made each and when</source>
        <translation>Екі құрылғыда бір мезгілде жасалған түзетулер: екі мәні де, әрқайсысын кім және қашан жасағаны</translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <source>Articles (code present or not)</source>
        <translation>Мақалалар (код бар не жоқ)</translation>
    </message>
    <message>
        <source>Characters of the passages</source>
        <translation>Үзінділердің таңбалары</translation>
    </message>
    <message>
        <source>Characters: every character of the articles counts, so text nobody coded is agreement on “not coded”</source>
        <translation>Таңбалар: мақалалардың әр таңбасы есептеледі, сондықтан ешкім кодтамаған мәтін «кодталмаған» деген келісім болып саналады</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Кодтаушылар</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Бірліктер</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Agreement %</source>
        <translation>Келісім, %</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>Коэн κ</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Криппендорф α</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Мақала</translation>
    </message>
    <message>
        <source>Where they differ</source>
        <translation>Айырмашылық қайда</translation>
    </message>
    <message>
        <source>Agreement needs codings by two or more coders.

Each coder sets a name with Coding ▸ Coder Name…; bring in another coder&apos;s work with Coding ▸ Import REFI-QDA Project.</source>
        <translation>Келісімді есептеу үшін екі не одан көп кодтаушының кодтаулары керек.

Әр кодтаушы атын Кодтау ▸ Кодтаушының аты… мәзірінде береді; басқа кодтаушының жұмысын Кодтау ▸ REFI-QDA жобасын импорттау арқылы қосуға болады.</translation>
    </message>
    <message>
        <source>Tick two or more coders above.</source>
        <translation>Жоғарыдан екі не одан көп кодтаушыны белгілеңіз.</translation>
    </message>
    <message>
        <source>No article was coded by all of %1 yet: agreement compares the articles every one of them coded.</source>
        <translation>Әзірге мына кодтаушылардың бәрі кодтаған мақала жоқ: %1. Келісім олардың әрқайсысы кодтаған мақалаларды салыстырады.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) coded by all of %2. Overall: %3 % agreement · κ %4 · α %5 (every code&apos;s decisions pooled).</source>
        <translation>
            <numerusform>%Ln мақаланы бәрі кодтады: %2. Жалпы: келісім %3 % · κ %4 · α %5 (барлық кодтың шешімдері бірге).</numerusform>
            <numerusform>%Ln мақаланы бәрі кодтады: %2. Жалпы: келісім %3 % · κ %4 · α %5 (барлық кодтың шешімдері бірге).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) where the coders differ, side by side:</source>
        <translation>
            <numerusform>Кодтаушылар келіспеген %Ln орын, қатар:</numerusform>
            <numerusform>Кодтаушылар келіспеген %Ln орын, қатар:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohen&apos;s κ compares exactly two coders</source>
        <translation>Коэн κ дәл екі кодтаушыны салыстырады</translation>
    </message>
    <message>
        <source>undefined when every decision is the same</source>
        <translation>барлық шешім бірдей болса, анықталмайды</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln мақала</numerusform>
            <numerusform>%Ln мақала</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln таңба</numerusform>
            <numerusform>%Ln таңба</numerusform>
        </translation>
    </message>
    <message>
        <source>(the article)</source>
        <translation>(мақала)</translation>
    </message>
    <message>
        <source>— not coded</source>
        <translation>— кодталмаған</translation>
    </message>
    <message>
        <source>No disagreements.</source>
        <translation>Келіспеушілік жоқ.</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Coded Segments</source>
        <translation>Кодталған үзінділер</translation>
    </message>
    <message>
        <source>Frequencies</source>
        <translation>Жиіліктер</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>Бірге кездесу</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Келісім</translation>
    </message>
</context>
<context>
    <name>AnalysisTab</name>
    <message>
        <source>Only the articles listed</source>
        <translation>Тек тізімдегі мақалалар</translation>
    </message>
    <message>
        <source>Combine with the search box and the sidebar&apos;s filters</source>
        <translation>Іздеу жолағы мен бүйір тақтаның сүзгілерін ескеру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Барлық кодтаушы</translation>
    </message>
    <message>
        <source>The analysis could not be completed:
%1</source>
        <translation>Талдауды аяқтау мүмкін болмады:
%1</translation>
    </message>
    <message>
        <source>Cancelled. Change an option or press Refresh to compute it again.</source>
        <translation>Тоқтатылды. Қайта есептеу үшін параметрді өзгертіңіз.</translation>
    </message>
    <message>
        <source>Reading the coded articles: %1 of %2</source>
        <translation>Кодталған мақалалар оқылуда: %1 / %2</translation>
    </message>
    <message>
        <source>Nothing is coded yet.

Select text in the reader and press C to code it; Shift+C codes a whole article.</source>
        <translation>Әзірге ештеңе кодталмаған.

Мәтінді оқу аймағында таңдап, оны кодтау үшін C пернесін басыңыз; Shift+C бүкіл мақаланы кодтайды.</translation>
    </message>
</context>
<context>
    <name>AnnotationBrowser</name>
    <message>
        <source>Browse Annotations</source>
        <translation>Аннотацияларды шолу</translation>
    </message>
    <message>
        <source>Search quotes and notes…</source>
        <translation>Дәйексөздер мен жазбалардан іздеу…</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Кез келген тег</translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation>Тек «%1»</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>күні жоқ</translation>
    </message>
    <message>
        <source>Double-click to open the article at this highlight</source>
        <translation>Мақаланы осы ерекшелеуде ашу үшін екі рет шертіңіз</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln аннотация</numerusform>
            <numerusform>%Ln аннотация</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationCard</name>
    <message>
        <source>Colour, re-attach, delete</source>
        <translation>Түс, қайта байланыстыру, жою</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Жазба қосыңыз…</translation>
    </message>
    <message>
        <source>coded passage</source>
        <translation>кодталған үзінді</translation>
    </message>
    <message>
        <source>the whole article</source>
        <translation>бүкіл мақала</translation>
    </message>
    <message>
        <source>highlight</source>
        <translation>ерекшелеу</translation>
    </message>
    <message>
        <source>article note</source>
        <translation>мақалаға жазба</translation>
    </message>
    <message>
        <source>not found in this version</source>
        <translation>бұл нұсқада табылмады</translation>
    </message>
    <message>
        <source>placed approximately</source>
        <translation>шамамен орналастырылды</translation>
    </message>
    <message>
        <source>by %1 · read-only</source>
        <translation>авторы: %1 · тек оқуға арналған</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>авторы: %1</translation>
    </message>
    <message>
        <source>Made by %1: read-only</source>
        <translation>Авторы — %1: тек оқуға арналған</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>басқа адам</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Түс</translation>
    </message>
    <message>
        <source>Re-attach to the Selected Text</source>
        <translation>Таңдалған мәтінге қайта байланыстыру</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Annotations</source>
        <translation>Аннотациялар</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>Таңдалғанды &amp;ерекшелеу</translation>
    </message>
    <message>
        <source>Highlight “%1”</source>
        <translation>«%1» ерекшелеуі</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>Ерекшелеуді жою</translation>
    </message>
    <message>
        <source>Recolour to “%1”</source>
        <translation>Түсін «%1» етіп өзгерту</translation>
    </message>
    <message>
        <source>Highlight as %1</source>
        <translation>«%1» ретінде ерекшелеу</translation>
    </message>
    <message>
        <source>Annotations (%1)</source>
        <translation>Аннотациялар (%1)</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>басқа адам</translation>
    </message>
    <message>
        <source>This annotation is %1&apos;s, and read-only: View ▸ Edit Others&apos; Annotations allows changing it.</source>
        <translation>Бұл аннотацияның авторы — %1, ол тек оқуға арналған: Көрініс ▸ Басқалардың аннотацияларын өзгерту оны өзгертуге мүмкіндік береді.</translation>
    </message>
    <message>
        <source>Select text in the reader to highlight it.</source>
        <translation>Ерекшелеу үшін оқу аймағында мәтінді таңдаңыз.</translation>
    </message>
    <message>
        <source>Highlight deleted. Ctrl+Z brings it back.</source>
        <translation>Ерекшелеу жойылды. Ctrl+Z оны қайтарады.</translation>
    </message>
    <message>
        <source>Re-attach</source>
        <translation>Қайта байланыстыру</translation>
    </message>
    <message>
        <source>Select the passage in the reader first, then choose Re-attach.</source>
        <translation>Алдымен оқу аймағында үзіндіні таңдап, содан кейін «Қайта байланыстыру» пәрменін таңдаңыз.</translation>
    </message>
    <message>
        <source>Note on the Article</source>
        <translation>Мақалаға жазба</translation>
    </message>
    <message>
        <source>A note on “%1”:</source>
        <translation>«%1» мақаласына жазба:</translation>
    </message>
    <message>
        <source>Highlight Colour Names</source>
        <translation>Ерекшелеу түстерінің атаулары</translation>
    </message>
</context>
<context>
    <name>AnnotationImportController</name>
    <message>
        <source>Hypothesis export</source>
        <translation>Hypothesis экспорты</translation>
    </message>
    <message>
        <source>Qalam&apos;s W3C export</source>
        <translation>Qalam-ның W3C экспорты</translation>
    </message>
    <message>
        <source>W3C Web Annotation</source>
        <translation>W3C Web Annotation</translation>
    </message>
    <message>
        <source>deleted in this library, so not brought back</source>
        <translation>осы кітапханада жойылған, сондықтан қайтарылмады</translation>
    </message>
    <message>
        <source>no article in the library has its address</source>
        <translation>кітапханадағы бірде-бір мақалада оның мекенжайы жоқ</translation>
    </message>
    <message>
        <source>its article has no text in this library</source>
        <translation>оның мақаласының осы кітапханада мәтіні жоқ</translation>
    </message>
    <message>
        <source>not an annotation object</source>
        <translation>аннотация нысаны емес</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Аннотацияларды импорттау</translation>
    </message>
    <message>
        <source>Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>Веб-аннотациялар (*.jsonld *.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 оқылуда…</translation>
    </message>
    <message>
        <source>Importing annotations: %1 of %2</source>
        <translation>Аннотацияларды импорттау: %1 / %2</translation>
    </message>
    <message>
        <source>Imported annotations: %1 added, %2 already here, %3 skipped</source>
        <translation>Аннотациялар импортталды: %1 қосылды, %2 бұрыннан бар, %3 өткізілді</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… және тағы %Ln</numerusform>
            <numerusform>… және тағы %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) in the file (%1)</source>
        <translation>
            <numerusform>Файлда %Ln аннотация (%1)</numerusform>
            <numerusform>Файлда %Ln аннотация (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched to an article</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>%Ln мақаламен сәйкестендірілді</numerusform>
            <numerusform>%Ln мақаламен сәйкестендірілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln placed exactly</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>%Ln дәл орналастырылды</numerusform>
            <numerusform>%Ln дәл орналастырылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approximately</source>
        <comment>annotations placed</comment>
        <translation>
            <numerusform>%Ln шамамен</numerusform>
            <numerusform>%Ln шамамен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned (passage not found)</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>%Ln байланыссыз (үзінді табылмады)</numerusform>
            <numerusform>%Ln байланыссыз (үзінді табылмады)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article note(s)</source>
        <translation>
            <numerusform>мақалаға %Ln жазба</numerusform>
            <numerusform>мақалаға %Ln жазба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln:</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>%Ln қосылды:</numerusform>
            <numerusform>%Ln қосылды:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %Ln (the file&apos;s copy was edited later)</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>%Ln жаңартылды (файлдағы көшірмесі кейінірек өңделген)</numerusform>
            <numerusform>%Ln жаңартылды (файлдағы көшірмесі кейінірек өңделген)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in the library: %Ln</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>Кітапханада бұрыннан бар: %Ln</numerusform>
            <numerusform>Кітапханада бұрыннан бар: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Codings added: %Ln</source>
        <translation>
            <numerusform>Қосылған кодтаулар: %Ln</numerusform>
            <numerusform>Қосылған кодтаулар: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tags that are not colour names kept in the note of %Ln annotation(s)</source>
        <translation>
            <numerusform>Түс атауы емес тегтер %Ln аннотацияның жазбасында сақталды</numerusform>
            <numerusform>Түс атауы емес тегтер %Ln аннотацияның жазбасында сақталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %Ln:</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>%Ln өткізілді:</numerusform>
            <numerusform>%Ln өткізілді:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1:

%2</source>
        <translation>%1 ішінен ештеңе импортталмады:

%2</translation>
    </message>
</context>
<context>
    <name>AnnotationLayers</name>
    <message>
        <source>Annotation &amp;Layers</source>
        <translation>Аннотация &amp;қабаттары</translation>
    </message>
    <message>
        <source>Yours (%1)</source>
        <translation>Сіздікі (%1)</translation>
    </message>
    <message>
        <source>No one else&apos;s annotations in this library</source>
        <translation>Бұл кітапханада басқа ешкімнің аннотациясы жоқ</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Add Note</source>
        <translation>Жазба қосу</translation>
    </message>
    <message>
        <source>A note on the whole article, not tied to a passage</source>
        <translation>Үзіндіге емес, бүкіл мақалаға арналған жазба</translation>
    </message>
    <message>
        <source>Select text in the reader, then pick a colour, or press 1–6.</source>
        <translation>Оқу аймағында мәтінді таңдап, түсті таңдаңыз не 1–6 пернесін басыңыз.</translation>
    </message>
    <message>
        <source>Unanchored</source>
        <translation>Байланыссыз</translation>
    </message>
    <message>
        <source>Notes on the article</source>
        <translation>Мақалаға жазбалар</translation>
    </message>
    <message numerus="yes">
        <source>%n on this article</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>Бұл мақалада: %n</numerusform>
            <numerusform>Бұл мақалада: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Нұсқалар</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Аннотациялар</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Алшақтық</translation>
    </message>
    <message>
        <source>Versions: how many different texts of the article were seen</source>
        <translation>Нұсқалар: мақаланың неше түрлі мәтіні кездесті</translation>
    </message>
    <message>
        <source>Drift: figures, names, dates and sentences that the article and its translations do not share</source>
        <translation>Алшақтық: мақала мен оның аудармаларында ортақ емес сандар, атаулар, күндер мен сөйлемдер</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n нұсқа</numerusform>
            <numerusform>%n нұсқа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>edited, up to %n word(s) changed (Ctrl+D compares)</source>
        <translation>
            <numerusform>өңделген, %n сөзге дейін өзгерген (Ctrl+D салыстырады)</numerusform>
            <numerusform>өңделген, %n сөзге дейін өзгерген (Ctrl+D салыстырады)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 against the first</source>
        <translation>біріншімен салыстырғанда: %1</translation>
    </message>
</context>
<context>
    <name>ChangeLabels</name>
    <message numerus="yes">
        <source>edited, %n word(s) changed</source>
        <translation>
            <numerusform>өңделген, %n сөз өзгерген</numerusform>
            <numerusform>өңделген, %n сөз өзгерген</numerusform>
        </translation>
    </message>
    <message>
        <source>identical text</source>
        <translation>мәтін бірдей</translation>
    </message>
    <message>
        <source>whitespace only</source>
        <translation>тек бос орындар</translation>
    </message>
    <message>
        <source>punctuation/quotes only</source>
        <translation>тек тыныс белгілері мен тырнақшалар</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1-жол</translation>
    </message>
    <message>
        <source>no section</source>
        <translation>бөлімсіз</translation>
    </message>
</context>
<context>
    <name>CitationsController</name>
    <message>
        <source>Select the articles to cite first.</source>
        <translation>Алдымен сілтеме жасалатын мақалаларды таңдаңыз.</translation>
    </message>
    <message>
        <source>Those articles are no longer in the library.</source>
        <translation>Ол мақалалар енді кітапханада жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln citation(s).</source>
        <translation>
            <numerusform>%Ln сілтеме көшірілді.</numerusform>
            <numerusform>%Ln сілтеме көшірілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Citation</source>
        <translation>Сілтемені көшіру</translation>
    </message>
    <message>
        <source>The citation could not be made:

%1</source>
        <translation>Сілтемені жасау мүмкін болмады:

%1</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <source>Type to find a code, or a new name…</source>
        <translation>Кодты табу үшін теріңіз не жаңа атауды енгізіңіз…</translation>
    </message>
    <message>
        <source>Enter applies · Ctrl+Space ticks several · Esc closes</source>
        <translation>Enter — қолдану · Ctrl+Бос орын — бірнешеуін белгілеу · Esc — жабу</translation>
    </message>
    <message>
        <source>＋ New code “%1”</source>
        <translation>＋ Жаңа код: «%1»</translation>
    </message>
    <message>
        <source>The codebook is empty: type a name to create the first code.</source>
        <translation>Кодтар кітабы бос: алғашқы кодты жасау үшін атауын теріңіз.</translation>
    </message>
</context>
<context>
    <name>CodeTree</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Үзінділер</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Мақалалар</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <source>Filter codes…</source>
        <translation>Кодтарды сүзу…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>A new code at the top level (Ctrl+Shift+K)</source>
        <translation>Жоғарғы деңгейдегі жаңа код (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Sub-code</source>
        <translation>Ішкі код</translation>
    </message>
    <message>
        <source>A new code below the selected one</source>
        <translation>Таңдалған кодтың ішіндегі жаңа код</translation>
    </message>
    <message>
        <source>No codes yet.

Create one with New, or select text in the reader and press C, then type a name.</source>
        <translation>Әзірге код жоқ.

«Жаңа» батырмасымен код жасаңыз не оқу аймағында мәтінді таңдап, C пернесін басып, атауын теріңіз.</translation>
    </message>
    <message>
        <source>Definition · include when … · exclude when …</source>
        <translation>Анықтама · қосу, егер … · қоспау, егер …</translation>
    </message>
    <message>
        <source>Memo: your notes on this code as coding goes on</source>
        <translation>Мемо: кодтау барысындағы осы код туралы жазбаларыңыз</translation>
    </message>
    <message>
        <source>Your name as a coder: every coding you make records it</source>
        <translation>Кодтаушы ретіндегі атыңыз: ол сіз жасаған әр кодтауда жазылады</translation>
    </message>
    <message>
        <source>Only my codings</source>
        <translation>Тек менің кодтауларым</translation>
    </message>
    <message>
        <source>Hide other coders&apos; codings, for blind coding</source>
        <translation>Басқа кодтаушылардың кодтауларын жасыру (соқыр кодтау үшін)</translation>
    </message>
    <message>
        <source>Coder: %1</source>
        <translation>Кодтаушы: %1</translation>
    </message>
    <message>
        <source>Coder: (not set) — click to set</source>
        <translation>Кодтаушы: көрсету…</translation>
    </message>
    <message>
        <source>coded passages (and whole articles)</source>
        <translation>кодталған үзінділер (және толық мақалалар)</translation>
    </message>
    <message>
        <source>articles with this code</source>
        <translation>осы коды бар мақалалар</translation>
    </message>
    <message>
        <source>Select a code to see its definition and memo</source>
        <translation>Анықтамасы мен мемосын көру үшін кодты таңдаңыз</translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <source>Codebook</source>
        <translation>Кодтар кітабы</translation>
    </message>
    <message>
        <source>Coding Analysis</source>
        <translation>Кодтауды талдау</translation>
    </message>
    <message>
        <source>Coder Name</source>
        <translation>Кодтаушының аты</translation>
    </message>
    <message>
        <source>Your name as a coder. It is recorded on every coding you make,
so that agreement between coders can be measured:</source>
        <translation>Кодтаушы ретіндегі атыңыз. Ол сіз жасаған әр кодтауда жазылады,
сонда кодтаушылардың келісімін өлшеуге болады:</translation>
    </message>
    <message>
        <source>Showing only your codings.</source>
        <translation>Тек сіздің кодтауларыңыз көрсетілген.</translation>
    </message>
    <message>
        <source>Showing every coder&apos;s codings.</source>
        <translation>Барлық кодтаушының кодтаулары көрсетілген.</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Кодтау</translation>
    </message>
    <message>
        <source>Code the selected passage</source>
        <translation>Таңдалған үзіндіні кодтау</translation>
    </message>
    <message>
        <source>Code the selected highlight</source>
        <translation>Таңдалған ерекшелеуді кодтау</translation>
    </message>
    <message>
        <source>Select text in the reader to code it (Shift+C codes the whole article).</source>
        <translation>Кодтау үшін оқу аймағында мәтінді таңдаңыз (Shift+C бүкіл мақаланы кодтайды).</translation>
    </message>
    <message>
        <source>Select articles to code first.</source>
        <translation>Алдымен кодтайтын мақалаларды таңдаңыз.</translation>
    </message>
    <message>
        <source>Code “%1”</source>
        <translation>«%1» коды</translation>
    </message>
    <message>
        <source>Coded “%1”. Ctrl+Z undoes it.</source>
        <translation>Кодталды: «%1». Ctrl+Z болдырмайды.</translation>
    </message>
    <message>
        <source>Code with the new code “%1”</source>
        <translation>Жаңа «%1» кодымен кодтау</translation>
    </message>
    <message>
        <source>New Code “%1”</source>
        <translation>Жаңа код: «%1»</translation>
    </message>
    <message>
        <source>Made the code “%1” and coded with it. Ctrl+Z undoes both.</source>
        <translation>«%1» коды жасалып, онымен кодталды. Ctrl+Z екеуін де болдырмайды.</translation>
    </message>
    <message>
        <source>Select text in the reader first, then drop it on a code.</source>
        <translation>Алдымен оқу аймағында мәтінді таңдап, содан кейін оны кодқа апарып тастаңыз.</translation>
    </message>
    <message>
        <source>Remove Code “%1”</source>
        <translation>«%1» кодын алып тастау</translation>
    </message>
    <message>
        <source>A new code below “%1”:</source>
        <translation>«%1» ішіндегі жаңа код:</translation>
    </message>
    <message>
        <source>A new code:</source>
        <translation>Жаңа код:</translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>Жаңа код</translation>
    </message>
    <message>
        <source>Rename Code “%1”</source>
        <translation>«%1» кодының атын өзгерту</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>«%1» өзгерту</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>«%1» кодының түсі</translation>
    </message>
    <message>
        <source>Recolour “%1”</source>
        <translation>«%1» түсін өзгерту</translation>
    </message>
    <message>
        <source>Move Code “%1”</source>
        <translation>«%1» кодын жылжыту</translation>
    </message>
    <message>
        <source>There is no other code to merge into.</source>
        <translation>Біріктіретін басқа код жоқ.</translation>
    </message>
    <message>
        <source>Merge Code</source>
        <translation>Кодты біріктіру</translation>
    </message>
    <message>
        <source>Move every coding of “%1” (and its sub-codes) to:</source>
        <translation>«%1» кодының (және ішкі кодтарының) барлық кодтауын мұнда көшіру:</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>«%1» кодын «%2» кодына біріктіру</translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>Кодты жою</translation>
    </message>
    <message>
        <source>Delete Code “%1”</source>
        <translation>«%1» кодын жою</translation>
    </message>
    <message>
        <source>Code deleted. Ctrl+Z brings it back.</source>
        <translation>Код жойылды. Ctrl+Z оны қайтарады.</translation>
    </message>
    <message>
        <source>Apply to the Selected Text</source>
        <translation>Таңдалған мәтінге қолдану</translation>
    </message>
    <message>
        <source>Code the Selected Articles as a Whole</source>
        <translation>Таңдалған мақалаларды толық кодтау</translation>
    </message>
    <message>
        <source>Show Coded Segments</source>
        <translation>Кодталған үзінділерді көрсету</translation>
    </message>
    <message>
        <source>Find Articles with This Code</source>
        <translation>Осы коды бар мақалаларды табу</translation>
    </message>
    <message>
        <source>New Sub-code…</source>
        <translation>Жаңа ішкі код…</translation>
    </message>
    <message>
        <source>Rename	F2</source>
        <translation>Атын өзгерту	F2</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Түс…</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>Біріктіру…</translation>
    </message>
    <message>
        <source>Delete…	Del</source>
        <translation>Жою…	Del</translation>
    </message>
    <message>
        <source>New Code…</source>
        <translation>Жаңа код…</translation>
    </message>
    <message>
        <source>Code Selection…	C</source>
        <translation>Таңдалғанды кодтау…	C</translation>
    </message>
    <message>
        <source>Code as</source>
        <translation>Былай кодтау</translation>
    </message>
    <message>
        <source>Remove Code</source>
        <translation>Кодты алып тастау</translation>
    </message>
    <message>
        <source>Codebook (%1)</source>
        <translation>Кодтар кітабы (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Code %n article(s) as a whole</source>
        <translation>
            <numerusform>%n мақаланы толық кодтау</numerusform>
            <numerusform>%n мақаланы толық кодтау</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the code “%1”, the codes below it and its %Ln coding(s)? The passages stay. Edit ▸ Undo brings it all back.</source>
        <translation>
            <numerusform>«%1» кодын, оның ішкі кодтарын және %Ln кодтауын жою керек пе? Үзінділер қалады. Түзету ▸ Болдырмау бәрін қайтарады.</numerusform>
            <numerusform>«%1» кодын, оның ішкі кодтарын және %Ln кодтауын жою керек пе? Үзінділер қалады. Түзету ▸ Болдырмау бәрін қайтарады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 файлына экспорттау…</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Экспортталды: %1, файл: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln код</numerusform>
            <numerusform>%Ln код</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln мақала</numerusform>
            <numerusform>%Ln мақала</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Project</source>
        <translation>Жобаны импорттау</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>Кодтар кітабын импорттау</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new code(s)</source>
        <translation>
            <numerusform>%Ln жаңа код</numerusform>
            <numerusform>%Ln жаңа код</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already here</source>
        <translation>
            <numerusform>%Ln бұрыннан бар</numerusform>
            <numerusform>%Ln бұрыннан бар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln source(s) matched to articles</source>
        <translation>
            <numerusform>Мақалалармен сәйкестендірілген дереккөздер: %1 / %Ln</numerusform>
            <numerusform>Мақалалармен сәйкестендірілген дереккөздер: %1 / %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new coding(s)</source>
        <translation>
            <numerusform>%Ln жаңа кодтау</numerusform>
            <numerusform>%Ln жаңа кодтау</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new passage(s)</source>
        <translation>
            <numerusform>%Ln жаңа үзінді</numerusform>
            <numerusform>%Ln жаңа үзінді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new note(s)</source>
        <translation>
            <numerusform>%Ln жаңа жазба</numerusform>
            <numerusform>%Ln жаңа жазба</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 импортталуда…</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… және тағы %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
</context>
<context>
    <name>CollocatesPane</name>
    <message>
        <source>Word</source>
        <translation>Сөз</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Күтілетін</translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation>Лог. шынайылық</translation>
    </message>
    <message>
        <source>MI</source>
        <translation>MI</translation>
    </message>
    <message>
        <source>How many words on each side of a hit count as its company</source>
        <translation>Сәйкестіктің әр жағындағы қанша сөз оның айналасы болып саналады</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>кемінде </translation>
    </message>
    <message>
        <source>Leave out words seen near the hits fewer times than this</source>
        <translation>Сәйкестіктердің жанында бұдан аз кездескен сөздерді көрсетпеу</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV-ге экспорттау…</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Терезе</translation>
    </message>
    <message>
        <source>Dunning&apos;s log-likelihood ratio (G²): how surely the word is near the hits more often than chance</source>
        <translation>Даннингтің логарифмдік шынайылық қатынасы (G²): сөздің сәйкестіктер жанында кездейсоқтан жиі тұратыны қаншалықты сенімді</translation>
    </message>
    <message>
        <source>Mutual information: log₂ of how many times more often than expected</source>
        <translation>Өзара ақпарат: күтілгеннен неше есе жиі екенінің log₂</translation>
    </message>
    <message numerus="yes">
        <source> word(s)</source>
        <comment>the suffix of &apos;± 5&apos;</comment>
        <translation>
            <numerusform> сөз</numerusform>
            <numerusform> сөз</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Versions</source>
        <translation>Нұсқалар</translation>
    </message>
    <message>
        <source>&amp;Unlink Translation</source>
        <translation>Аударма &amp;байланысын алып тастау</translation>
    </message>
    <message>
        <source>never printed</source>
        <translation>еш жерде жарияланбаған</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Нұсқа %1 / %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>%1-нұсқа</translation>
    </message>
    <message>
        <source>Versions (%1)</source>
        <translation>Нұсқалар (%1)</translation>
    </message>
    <message>
        <source>Select an article to compare its versions.</source>
        <translation>Нұсқаларын салыстыру үшін мақаланы таңдаңыз.</translation>
    </message>
    <message>
        <source>This article has one version, and no linked translation: there is nothing to compare it with.</source>
        <translation>Бұл мақаланың бір ғана нұсқасы бар, байланысқан аудармасы жоқ: салыстыратын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>%1 (this article)</source>
        <translation>%1 (осы мақала)</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>байланысқан</translation>
    </message>
    <message>
        <source>Select the article to link (or two articles to link with each other).</source>
        <translation>Байланыстыратын мақаланы (не өзара байланыстыратын екі мақаланы) таңдаңыз.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Өзгертетін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Linked as translations.</source>
        <translation>Аудармалар ретінде байланыстырылды.</translation>
    </message>
    <message>
        <source>Unlinked as translations.</source>
        <translation>Аударма байланысы алып тасталды.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>The same version on both sides</source>
        <translation>Екі жақта да бір нұсқа</translation>
    </message>
    <message>
        <source>%1 against %2: %3</source>
        <translation>%1 мен %2: %3</translation>
    </message>
    <message>
        <source>right</source>
        <translation>оң жақ</translation>
    </message>
    <message>
        <source>left</source>
        <translation>сол жақ</translation>
    </message>
    <message>
        <source>Punctuation &amp;&amp; quotes</source>
        <translation>Тыныс белгілері мен тырнақшалар</translation>
    </message>
    <message>
        <source>Quotation marks, apostrophes, dashes and other punctuation do not count</source>
        <translation>Тырнақшалар, апострофтар, сызықшалар және басқа тыныс белгілері ескерілмейді</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Әріп регистрі</translation>
    </message>
    <message>
        <source>Capital and small letters compare equal</source>
        <translation>Бас және кіші әріптер бірдей саналады</translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation>Бос орындар</translation>
    </message>
    <message>
        <source>Spaces and line breaks between words do not count</source>
        <translation>Сөздер арасындағы бос орындар мен жол ауыстырулар ескерілмейді</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Алдыңғы</translation>
    </message>
    <message>
        <source>Previous change (Shift+F7, Alt+Up)</source>
        <translation>Алдыңғы өзгеріс (Shift+F7, Alt+Жоғары)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Келесі</translation>
    </message>
    <message>
        <source>Next change (F7, Alt+Down)</source>
        <translation>Келесі өзгеріс (F7, Alt+Төмен)</translation>
    </message>
    <message>
        <source>Ignore:</source>
        <translation>Ескермеу:</translation>
    </message>
    <message>
        <source>J / K: rows · H / L: edition · right-click a row to split, merge or re-pair it · F7: next mismatch</source>
        <translation>J / K: жолдар · H / L: басылым · жолды бөлу, біріктіру не қайта жұптау үшін оң жақпен шертіңіз · F7: келесі сәйкессіздік</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Нұсқаларды салыстыру</translation>
    </message>
    <message>
        <source>Parallel reading</source>
        <translation>Қатар оқу</translation>
    </message>
    <message>
        <source>missing here</source>
        <translation>мұнда жоқ</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>қосылған</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>жойылған</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгерген</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Салыстырылуда…</translation>
    </message>
    <message>
        <source>Comparing the two texts; the window stays usable meanwhile.</source>
        <translation>Екі мәтін салыстырылуда; осы уақытта терезені пайдалана беруге болады.</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>Салыстыру сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation>тыныс белгілері</translation>
    </message>
    <message>
        <source>case</source>
        <translation>регистр</translation>
    </message>
    <message>
        <source>whitespace</source>
        <translation>бос орындар</translation>
    </message>
    <message>
        <source>No differences (ignoring %1)</source>
        <translation>Айырмашылық жоқ (ескерілмейді: %1)</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Айырмашылық жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln өзгеріс</numerusform>
            <numerusform>%Ln өзгеріс</numerusform>
        </translation>
    </message>
    <message>
        <source>change %1 of %2</source>
        <translation>Өзгеріс %1 / %2</translation>
    </message>
</context>
<context>
    <name>CooccurrenceTab</name>
    <message>
        <source>Overlapping passages</source>
        <translation>Қиылысатын үзінділер</translation>
    </message>
    <message>
        <source>The same article</source>
        <translation>Бір мақала</translation>
    </message>
    <message>
        <source>Codes that occur together in</source>
        <translation>Бірге кездесетін кодтар:</translation>
    </message>
    <message>
        <source>Click a cell to list the passages it counts.</source>
        <translation>Есептелген үзінділерді көру үшін ұяшықты шертіңіз.</translation>
    </message>
    <message>
        <source>No coded passages match these options.</source>
        <translation>Бұл параметрлерге сай кодталған үзінді жоқ.</translation>
    </message>
    <message>
        <source>overlapping passages</source>
        <translation>қиылысатын үзінділер</translation>
    </message>
    <message>
        <source>articles with both</source>
        <translation>екі коды да бар мақалалар</translation>
    </message>
    <message>
        <source>Cells count %1; the diagonal, each code&apos;s own. Click a cell to list them.</source>
        <translation>Ұяшықтар санайтыны: %1; диагональда — әр кодтың өзі. Оларды көру үшін ұяшықты шертіңіз.</translation>
    </message>
    <message>
        <source>%1: loading…</source>
        <translation>%1: жүктелуде…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln үзінді</numerusform>
            <numerusform>%Ln үзінді</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorpusController</name>
    <message>
        <source>Concordance</source>
        <translation>Конкорданс</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Жиілік</translation>
    </message>
    <message>
        <source>Collocates</source>
        <translation>Коллокаттар</translation>
    </message>
    <message>
        <source>Hits once per article (newest version)</source>
        <translation>мақалаға бір рет</translation>
    </message>
    <message>
        <source>Hits in every version</source>
        <translation>әр нұсқада</translation>
    </message>
    <message>
        <source>Count a hit once per article, in its newest version, or in each version of it (quote-stripped copies too)</source>
        <translation>Сәйкестікті мақалаға бір рет, оның ең жаңа нұсқасында, не әр нұсқасында санау (тырнақшасыз көшірмелерде де)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Санау</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Корпус</translation>
    </message>
    <message>
        <source>Type a word or a &quot;phrase&quot; in the search box to see every hit in its context.</source>
        <translation>Әр сәйкестікті контекстімен көру үшін іздеу жолағына сөз не «тіркес» теріңіз.</translation>
    </message>
    <message>
        <source>Finding hits…</source>
        <translation>Сәйкестіктер ізделуде…</translation>
    </message>
    <message>
        <source>Sorting hits…</source>
        <translation>Сәйкестіктер сұрыпталуда…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>%Ln сәйкестік</numerusform>
            <numerusform>%Ln сәйкестік</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>%Ln мақалада</numerusform>
            <numerusform>%Ln мақалада</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s) sorted</source>
        <translation>
            <numerusform>%Ln сәйкестік сұрыпталды</numerusform>
            <numerusform>%Ln сәйкестік сұрыпталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — the newest %Ln; more hits exist</source>
        <translation>
            <numerusform> — ең жаңа %Ln; басқа сәйкестіктер де бар</numerusform>
            <numerusform> — ең жаңа %Ln; басқа сәйкестіктер де бар</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hits (%1) in articles (%2)</comment>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>%1 so far, %2 — more as you scroll</source>
        <translation>Әзірге %2 %1 — қалғаны айналдырғанда</translation>
    </message>
    <message>
        <source>Search for a word first: the concordance lists its hits.</source>
        <translation>Алдымен сөзді іздеңіз: конкорданс оның сәйкестіктерін тізімдейді.</translation>
    </message>
    <message>
        <source>Export Concordance</source>
        <translation>Конкордансты экспорттау</translation>
    </message>
    <message>
        <source>The hits are still being sorted: export when the first lines show.</source>
        <translation>Сәйкестіктер әлі сұрыпталуда: алғашқы жолдар шыққанда экспорттаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln жол</numerusform>
            <numerusform>%Ln жол</numerusform>
        </translation>
    </message>
    <message>
        <source>all articles</source>
        <translation>барлық мақала</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Саналуда…</translation>
    </message>
    <message>
        <source>Counting hits: reading every matching text…</source>
        <translation>Сәйкестіктер саналуда: сәйкес әр мәтін оқылуда…</translation>
    </message>
    <message>
        <source>No dated article matches.</source>
        <translation>Күні бар сәйкес мақала жоқ.</translation>
    </message>
    <message>
        <source>Click a period, or drag across several, to list their articles.</source>
        <translation>Мақалаларын тізімдеу үшін кезеңді шертіңіз не бірнешеуінің үстінен сүйреңіз.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) without a date are not counted.</source>
        <translation>
            <numerusform>Күні жоқ %Ln мақала есепке алынбады.</numerusform>
            <numerusform>Күні жоқ %Ln мақала есепке алынбады.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chart to export yet.</source>
        <translation>Экспорттайтын график әлі жоқ.</translation>
    </message>
    <message>
        <source>Export Frequency</source>
        <translation>Жиілікті экспорттау</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>The file could not be written:

%1</source>
        <translation>Файлды жазу мүмкін болмады:

%1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 ішіне экспортталды</translation>
    </message>
    <message>
        <source>Type a word or a &quot;phrase&quot; in the search box to see the words that keep it company.</source>
        <translation>Оның айналасындағы сөздерді көру үшін іздеу жолағына сөз не «тіркес» теріңіз.</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln matching text(s)</source>
        <translation>
            <numerusform>сәйкес %Ln мәтінде</numerusform>
            <numerusform>сәйкес %Ln мәтінде</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Words within ±%Ln word(s) of %1, by log-likelihood (G²)</source>
        <translation>
            <numerusform>«%1» сөзінен ±%Ln сөз аралығындағы сөздер, логарифмдік шынайылық (G²) бойынша</numerusform>
            <numerusform>«%1» сөзінен ±%Ln сөз аралығындағы сөздер, логарифмдік шынайылық (G²) бойынша</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated from a sample of the texts: with a hit, %1 of %2; in all, %3 of %4.</source>
        <translation>Мәтіндер іріктемесі бойынша бағаланды: сәйкестігі барлары — %2 ішінен %1; барлығы — %4 ішінен %3.</translation>
    </message>
    <message>
        <source>There are no collocates to export yet.</source>
        <translation>Экспорттайтын коллокаттар әлі жоқ.</translation>
    </message>
    <message>
        <source>Export Collocates</source>
        <translation>Коллокаттарды экспорттау</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln сөз</numerusform>
            <numerusform>%Ln сөз</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 ішіне экспортталуда…</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%2 ішіне экспортталды: %1</translation>
    </message>
    <message>
        <source>The export could not be written:

%1</source>
        <translation>Экспортты жазу мүмкін болмады:

%1</translation>
    </message>
    <message>
        <source>The corpus view could not be read: %1</source>
        <translation>Корпус көрінісін оқу мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>CreatorName</name>
    <message>
        <source>Your Name in Exports</source>
        <translation>Экспорттағы атыңыз</translation>
    </message>
    <message>
        <source>Your name, as the creator of the annotations you export
(W3C Web Annotation files record it):</source>
        <translation>Экспортталатын аннотациялардың авторы ретіндегі атыңыз
(оны W3C Web Annotation файлдары жазады):</translation>
    </message>
</context>
<context>
    <name>DriftCounts</name>
    <message>
        <source>No drift against its translations (%1)</source>
        <translation>Аудармаларымен алшақтық жоқ (%1)</translation>
    </message>
    <message>
        <source>Mismatches still to look at against each translation: %1 (Ctrl+D reads them in parallel)</source>
        <translation>Әр аудармамен әлі қаралмаған сәйкессіздіктер: %1 (Ctrl+D — қатар оқу)</translation>
    </message>
    <message>
        <source>The drift of some articles could not be counted: %1</source>
        <translation>Кейбір мақалалардың алшақтығын санау мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>DriftList</name>
    <message>
        <source>number</source>
        <translation>сан</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сома</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>пайыз</translation>
    </message>
    <message>
        <source>date</source>
        <translation>күн</translation>
    </message>
    <message>
        <source>name</source>
        <translation>атау</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>аббревиатура</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>веб-мекенжай</translation>
    </message>
    <message>
        <source>quotation</source>
        <translation>дәйексөз</translation>
    </message>
    <message>
        <source>negation</source>
        <translation>терістеу</translation>
    </message>
    <message>
        <source>sentence with no counterpart</source>
        <translation>сәйкесі жоқ сөйлем</translation>
    </message>
    <message>
        <source>paragraph with no counterpart</source>
        <translation>сәйкесі жоқ азатжол</translation>
    </message>
    <message>
        <source>The %1 “%2” is in %3 and not in %4</source>
        <translation>%3: %1 «%2» — %4 ішінде бұл жоқ</translation>
    </message>
    <message>
        <source>Show accepted</source>
        <translation>Қабылданғандарды көрсету</translation>
    </message>
    <message>
        <source>The mismatch is fine: do not list it again for this pair (A)</source>
        <translation>Сәйкессіздік жарамды: оны осы жұп үшін енді көрсетпеу (A)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Stated in one edition only</source>
        <translation>Тек бір басылымда бар</translation>
    </message>
    <message>
        <source> · accepted</source>
        <translation> · қабылданды</translation>
    </message>
    <message numerus="yes">
        <source>Drift: %Ln mismatch(es) to look at</source>
        <translation>
            <numerusform>Алшақтық: %Ln қаралмаған сәйкессіздік</numerusform>
            <numerusform>Алшақтық: %Ln қаралмаған сәйкессіздік</numerusform>
        </translation>
    </message>
    <message>
        <source>Drift: no mismatch to look at</source>
        <translation>Алшақтық: қарайтын сәйкессіздік жоқ</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln accepted as fine</source>
        <comment>mismatches</comment>
        <translation>
            <numerusform> · %Ln жарамды деп қабылданды</numerusform>
            <numerusform> · %Ln жарамды деп қабылданды</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Fine After All</source>
        <translation>Бәрібір жарамсыз</translation>
    </message>
    <message>
        <source>Accept as Fine</source>
        <translation>Жарамды деп қабылдау</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Your library is empty</source>
        <translation>Кітапханаңыз бос</translation>
    </message>
    <message>
        <source>Import dump files from a news site to start reading, tagging and comparing.
You can also drop files or folders anywhere on this window.</source>
        <translation>Оқу, тег қою және салыстыру үшін жаңалықтар сайтының дамп файлдарын импорттаңыз.
Файлдар мен қалталарды осы терезенің кез келген жеріне апарып тастауға да болады.</translation>
    </message>
    <message>
        <source>Import the Sample Dumps</source>
        <translation>Дамп үлгілерін импорттау</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation>Файлдарды импорттау…</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>articles with versions, tags and annotations (Qalam&apos;s documented shape)</source>
        <translation>нұсқалары, тегтері және аннотациялары бар мақалалар (Qalam-ның құжатталған пішімі)</translation>
    </message>
    <message>
        <source>Markdown (with highlights and notes)…</source>
        <translation>Markdown (ерекшелеулер мен жазбалар бар)…</translation>
    </message>
    <message>
        <source>articles to read, with highlights and notes</source>
        <translation>ерекшелеулері мен жазбалары бар оқуға арналған мақалалар</translation>
    </message>
    <message>
        <source>CSV, One Row per Article…</source>
        <translation>CSV, әр мақалаға бір жол…</translation>
    </message>
    <message>
        <source>one row per article, for spreadsheets (UTF-8 with a byte-order mark)</source>
        <translation>әр мақалаға бір жол, электрондық кестелер үшін (байт ретінің белгісі бар UTF-8)</translation>
    </message>
    <message>
        <source>annotations as W3C Web Annotation JSON-LD (Hypothesis and other annotation tools read it; qalam import-annotations reads it back)</source>
        <translation>W3C Web Annotation JSON-LD пішіміндегі аннотациялар (оны Hypothesis пен басқа аннотациялау құралдары оқиды; qalam import-annotations кері жүктейді)</translation>
    </message>
    <message>
        <source>one row per annotation, for spreadsheets and QDA tools (UTF-8 with a byte-order mark)</source>
        <translation>әр аннотацияға бір жол, электрондық кестелер мен QDA құралдары үшін (байт ретінің белгісі бар UTF-8)</translation>
    </message>
    <message>
        <source>Citations as CSL-JSON (Zotero, Pandoc)…</source>
        <translation>Библиографиялық сілтемелер CSL-JSON түрінде (Zotero, Pandoc)…</translation>
    </message>
    <message>
        <source>citations as CSL-JSON (Zotero, Mendeley, Pandoc, citeproc)</source>
        <translation>библиографиялық сілтемелер CSL-JSON түрінде (Zotero, Mendeley, Pandoc, citeproc)</translation>
    </message>
    <message>
        <source>Citations as RIS (Zotero, EndNote)…</source>
        <translation>Библиографиялық сілтемелер RIS түрінде (Zotero, EndNote)…</translation>
    </message>
    <message>
        <source>citations as RIS (Zotero, EndNote, Mendeley)</source>
        <translation>библиографиялық сілтемелер RIS түрінде (Zotero, EndNote, Mendeley)</translation>
    </message>
    <message>
        <source>Citations as BibLaTeX…</source>
        <translation>Библиографиялық сілтемелер BibLaTeX түрінде…</translation>
    </message>
    <message>
        <source>citations as BibLaTeX @article with entrysubtype newspaper (biber, Pandoc, Better BibTeX)</source>
        <translation>библиографиялық сілтемелер BibLaTeX түрінде: entrysubtype newspaper бар @article (biber, Pandoc, Better BibTeX)</translation>
    </message>
    <message>
        <source>Annotations as W3C Web Annotation JSON-LD…</source>
        <translation>Аннотациялар W3C Web Annotation JSON-LD пішімінде…</translation>
    </message>
    <message>
        <source>Annotations as CSV…</source>
        <translation>Аннотациялар CSV пішімінде…</translation>
    </message>
    <message>
        <source>REFI-QDA Project (.qdpx)…</source>
        <translation>REFI-QDA жобасы (.qdpx)…</translation>
    </message>
    <message>
        <source>REFI-QDA project for NVivo, ATLAS.ti, MAXQDA, QualCoder: versions, codes, codings, coders, notes</source>
        <translation>NVivo, ATLAS.ti, MAXQDA, QualCoder үшін REFI-QDA жобасы: нұсқалар, кодтар, кодтаулар, кодтаушылар, жазбалар</translation>
    </message>
    <message>
        <source>REFI-QDA Codebook (.qdc)…</source>
        <translation>REFI-QDA кодтар кітабы (.qdc)…</translation>
    </message>
    <message>
        <source>the codebook alone, as a REFI-QDA codebook</source>
        <translation>тек кодтар кітабы, REFI-QDA пішімінде</translation>
    </message>
</context>
<context>
    <name>ExportsController</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттау</translation>
    </message>
    <message>
        <source>Whole &amp;Library</source>
        <translation>Бүкіл &amp;кітапхана</translation>
    </message>
    <message>
        <source>&amp;Selected Articles</source>
        <translation>&amp;Таңдалған мақалалар</translation>
    </message>
    <message>
        <source>This &amp;Article</source>
        <translation>Осы &amp;мақала</translation>
    </message>
    <message>
        <source>Choose the articles to export first.</source>
        <translation>Алдымен экспорттайтын мақалаларды таңдаңыз.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 файлына экспорттау…</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Экспортталды: %1, файл: %2</translation>
    </message>
    <message>
        <source>The export could not be written:

%1</source>
        <translation>Экспортты жазу мүмкін болмады:

%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln аннотация</numerusform>
            <numerusform>%Ln аннотация</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln код</numerusform>
            <numerusform>%Ln код</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln мақала</numerusform>
            <numerusform>%Ln мақала</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrequenciesTab</name>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Үзінділер</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Мақалалар</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Санау</translation>
    </message>
    <message>
        <source>per</source>
        <translation>бойынша:</translation>
    </message>
    <message>
        <source>No coded passages match these options.</source>
        <translation>Бұл параметрлерге сай кодталған үзінді жоқ.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Барлық код</translation>
    </message>
    <message>
        <source>%1 per %2, by code</source>
        <translation>%1 (%2), кодтар бойынша</translation>
    </message>
</context>
<context>
    <name>FrequencyPane</name>
    <message>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Апта</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Мақалалар</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Сәйкестіктер</translation>
    </message>
    <message>
        <source>Count matching articles, or every hit in their texts (slower: the texts are read)</source>
        <translation>Сәйкес мақалаларды не олардың мәтіндеріндегі әр сәйкестікті санау (баяуырақ: мәтіндер оқылады)</translation>
    </message>
    <message>
        <source>Per 1,000 articles</source>
        <translation>1000 мақалаға шаққанда</translation>
    </message>
    <message>
        <source>Relative frequency: per 1,000 articles of the period</source>
        <translation>Салыстырмалы жиілік: кезеңнің 1000 мақаласына шаққанда</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Дереккөздер бойынша</translation>
    </message>
    <message>
        <source>Compare with…  (queries separated by ;)</source>
        <translation>Салыстыру…  (сұраулар ; арқылы)</translation>
    </message>
    <message>
        <source>More queries to draw beside the search, separated by semicolons: parliament; &quot;rule of law&quot;</source>
        <translation>Іздеумен қатар сызылатын басқа сұраулар, нүктелі үтір арқылы: парламент; &quot;заң үстемдігі&quot;</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>График PNG түрінде…</translation>
    </message>
    <message>
        <source>Chart as SVG…</source>
        <translation>График SVG түрінде…</translation>
    </message>
    <message>
        <source>Numbers as CSV…</source>
        <translation>Сандар CSV түрінде…</translation>
    </message>
    <message>
        <source>hits per 1,000 articles</source>
        <translation>1000 мақалаға шаққандағы сәйкестік</translation>
    </message>
    <message>
        <source>hits</source>
        <translation>сәйкестіктер</translation>
    </message>
    <message>
        <source>per 1,000 articles</source>
        <translation>1000 мақалаға шаққанда</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>мақалалар</translation>
    </message>
    <message numerus="yes">
        <source>(of %Ln article(s))</source>
        <translation>
            <numerusform>(%Ln мақаланың)</numerusform>
            <numerusform>(%Ln мақаланың)</numerusform>
        </translation>
    </message>
    <message>
        <source>Frequency over time</source>
        <translation>Уақыт бойынша жиілік</translation>
    </message>
</context>
<context>
    <name>HighlightColors</name>
    <message>
        <source>highlight</source>
        <translation>ерекшелеу</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>тұжырым</translation>
    </message>
    <message>
        <source>term</source>
        <translation>термин</translation>
    </message>
    <message>
        <source>question</source>
        <translation>сұрақ</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>дәлел</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>тексеру</translation>
    </message>
</context>
<context>
    <name>HighlightLayer</name>
    <message>
        <source>Placed approximately: this version&apos;s text differs slightly from where it was made</source>
        <translation>Шамамен орналастырылды: бұл нұсқаның мәтіні ерекшелеу жасалған мәтіннен сәл өзгеше</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Ерекшелеу</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>басқа адам</translation>
    </message>
    <message>
        <source>Highlight by %1 (read-only)</source>
        <translation>Авторы %1 ерекшелеу (тек оқуға арналған)</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>Жазбаны өзгерту…</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>Ерекшелеуді жою</translation>
    </message>
</context>
<context>
    <name>HighlightPopup</name>
    <message>
        <source>Highlight as “%1” (%2)</source>
        <translation>«%1» ретінде ерекшелеу (%2)</translation>
    </message>
</context>
<context>
    <name>ImportLogDialog</name>
    <message>
        <source>imported</source>
        <translation>импортталды</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>бұрын импортталған</translation>
    </message>
    <message>
        <source>error</source>
        <translation>қате</translation>
    </message>
    <message>
        <source>Import Log</source>
        <translation>Импорттау журналы</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>New articles</source>
        <translation>Жаңа мақалалар</translation>
    </message>
    <message>
        <source>New versions</source>
        <translation>Жаңа нұсқалар</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Choose a file to see its warnings or errors.</source>
        <translation>Ескертулері мен қателерін көру үшін файлды таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>imported, %n warning(s)</source>
        <translation>
            <numerusform>импортталды, %n ескерту</numerusform>
            <numerusform>импортталды, %n ескерту</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s)</source>
        <translation>
            <numerusform>%Ln жаңа мақала</numerusform>
            <numerusform>%Ln жаңа мақала</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new version(s)</source>
        <translation>
            <numerusform>%Ln жаңа нұсқа</numerusform>
            <numerusform>%Ln жаңа нұсқа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln occurrence(s)</source>
        <translation>
            <numerusform>%Ln жариялану</numerusform>
            <numerusform>%Ln жариялану</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Stop after the file being imported now; nothing is left half-imported</source>
        <translation>Қазір импортталып жатқан файлдан кейін тоқтату; ештеңе жартылай импортталып қалмайды</translation>
    </message>
    <message>
        <source>Starting import…</source>
        <translation>Импорттау басталуда…</translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation>Импортталуда (%1 / %2): %3</translation>
    </message>
    <message>
        <source>Imported %1 of %2</source>
        <translation>Импортталды: %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) imported</source>
        <translation>
            <numerusform>%Ln файл импортталды</numerusform>
            <numerusform>%Ln файл импортталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <comment>files</comment>
        <translation>
            <numerusform>%Ln кітапханада бұрыннан бар</numerusform>
            <numerusform>%Ln кітапханада бұрыннан бар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with warnings</source>
        <comment>files</comment>
        <translation>
            <numerusform>%Ln ескертулермен</numerusform>
            <numerusform>%Ln ескертулермен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <comment>files</comment>
        <translation>
            <numerusform>%Ln қатемен</numerusform>
            <numerusform>%Ln қатемен</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: </source>
        <translation>Импорттау тоқтатылды: </translation>
    </message>
    <message>
        <source>Import done: </source>
        <translation>Импорттау аяқталды: </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s)</source>
        <translation>
            <numerusform>%Ln жаңа мақала</numerusform>
            <numerusform>%Ln жаңа мақала</numerusform>
        </translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Толығырақ…</translation>
    </message>
    <message>
        <source>Import problems: details…</source>
        <translation>Импорттау мәселелері: толығырақ…</translation>
    </message>
</context>
<context>
    <name>ImportsController</name>
    <message>
        <source>This library is read-only: dumps cannot be imported into it.</source>
        <translation>Бұл кітапхана тек оқуға арналған: оған дамп импорттауға болмайды.</translation>
    </message>
    <message>
        <source>Import Dump Files</source>
        <translation>Дамп файлдарын импорттау</translation>
    </message>
    <message>
        <source>Dump files (*.txt *.txt.gz *.gz);;All files (*)</source>
        <translation>Дамп файлдары (*.txt *.txt.gz *.gz);;Барлық файл (*)</translation>
    </message>
    <message>
        <source>Import Every Dump in a Folder</source>
        <translation>Қалтадағы барлық дампты импорттау</translation>
    </message>
    <message>
        <source>Inbox Folder: Dumps Saved Here Are Imported Automatically</source>
        <translation>«Кіріс» қалтасы: осында сақталған дамптар автоматты түрде импортталады</translation>
    </message>
    <message>
        <source>Watching %1 for new dumps.</source>
        <translation>%1 қалтасы бақылануда: жаңа дамптар импортталады.</translation>
    </message>
</context>
<context>
    <name>KwicModel</name>
    <message>
        <source>Left context</source>
        <translation>Сол контекст</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Сәйкестік</translation>
    </message>
    <message>
        <source>Right context</source>
        <translation>Оң контекст</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Мақала</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>күні жоқ</translation>
    </message>
</context>
<context>
    <name>KwicPane</name>
    <message>
        <source>Date, newest first</source>
        <translation>Күні, алдымен жаңалары</translation>
    </message>
    <message>
        <source>1st word left</source>
        <translation>Сол жақтағы 1-сөз</translation>
    </message>
    <message>
        <source>2nd word left</source>
        <translation>Сол жақтағы 2-сөз</translation>
    </message>
    <message>
        <source>3rd word left</source>
        <translation>Сол жақтағы 3-сөз</translation>
    </message>
    <message>
        <source>1st word right</source>
        <translation>Оң жақтағы 1-сөз</translation>
    </message>
    <message>
        <source>2nd word right</source>
        <translation>Оң жақтағы 2-сөз</translation>
    </message>
    <message>
        <source>3rd word right</source>
        <translation>Оң жақтағы 3-сөз</translation>
    </message>
    <message>
        <source>Order the lines by date, or by the words on either side of the hit (as AntConc does)</source>
        <translation>Жолдарды күні бойынша не сәйкестіктің екі жағындағы сөздер бойынша реттеу (AntConc сияқты)</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> таңба</translation>
    </message>
    <message>
        <source>How much context to show on each side of the hit</source>
        <translation>Сәйкестіктің әр жағынан қанша контекст көрсету</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV-ге экспорттау…</translation>
    </message>
    <message>
        <source>Write every line of the concordance to a CSV file</source>
        <translation>Конкордансның барлық жолын CSV файлына жазу</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Сұрыптау</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
</context>
<context>
    <name>LanguageController</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
</context>
<context>
    <name>LibraryOpening</name>
    <message>
        <source>The library could not be opened.

%1</source>
        <translation>Кітапхананы ашу мүмкін болмады.

%1</translation>
    </message>
    <message>
        <source>There is no library at
%1

Create a new, empty library there?</source>
        <translation>Мына жерде кітапхана жоқ:
%1

Сол жерде жаңа, бос кітапхана жасау керек пе?</translation>
    </message>
    <message>
        <source>Create Library</source>
        <translation>Кітапхана жасау</translation>
    </message>
    <message>
        <source>The library
%1
is damaged (%2). Nothing will be written to it.

Copy everything that can still be read into a new library,
%3,
and open that? The damaged file is kept.</source>
        <translation>Кітапхана
%1
зақымдалған (%2). Оған ештеңе жазылмайды.

Әлі оқуға болатынның бәрін жаңа кітапханаға,
%3,
көшіріп, соны ашу керек пе? Зақымдалған файл сақталады.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Nothing could be recovered.

%1</source>
        <translation>Ештеңені қалпына келтіру мүмкін болмады.

%1</translation>
    </message>
    <message>
        <source>The library file is damaged (%1). Nothing more is written to it.

Quit Qalam and start it again: it will offer to copy what can still be read into a new library.</source>
        <translation>Кітапхана файлы зақымдалған (%1). Оған енді ештеңе жазылмайды.

Qalam-нан шығып, қайта іске қосыңыз: бағдарлама әлі оқуға болатынның бәрін жаңа кітапханаға көшіруді ұсынады.</translation>
    </message>
</context>
<context>
    <name>LibrarySession</name>
    <message>
        <source>This library is read-only (its file or folder cannot be written): nothing was changed.</source>
        <translation>Бұл кітапхана тек оқуға арналған (файлына не қалтасына жазу мүмкін емес): ештеңе өзгерген жоқ.</translation>
    </message>
</context>
<context>
    <name>LinkTranslationDialog</name>
    <message>
        <source>Link as Translation</source>
        <translation>Аударма ретінде байланыстыру</translation>
    </message>
    <message>
        <source>Link “%1” as a translation of:</source>
        <translation>«%1» мақаласын мына мақаланың аудармасы ретінде байланыстыру:</translation>
    </message>
    <message>
        <source>Search titles and texts; empty lists the articles of the same day</source>
        <translation>Тақырыптар мен мәтіндерден іздеу; бос өріс сол күнгі мақалаларды көрсетеді</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Байланыстыру</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>күні жоқ</translation>
    </message>
</context>
<context>
    <name>ListController</name>
    <message>
        <source>Mark Read</source>
        <translation>Оқылды деп белгілеу</translation>
    </message>
    <message>
        <source>Mark Unread</source>
        <translation>Оқылмады деп белгілеу</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Жұлдызша қою</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Жұлдызшаны алу</translation>
    </message>
    <message>
        <source>No articles: %1</source>
        <translation>Мақала жоқ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln мақала</numerusform>
            <numerusform>%Ln мақала</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ article(s)</source>
        <comment>the rows found so far, while the list is still counted</comment>
        <translation>
            <numerusform>%Ln+ мақала</numerusform>
            <numerusform>%Ln+ мақала</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Read, annotate and compare news articles offline.</source>
        <translation>Жаңалық мақалаларын желісіз оқу, аннотациялау және салыстыру.</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Кітапхана:</translation>
    </message>
    <message>
        <source>About Qalam</source>
        <translation>Qalam туралы</translation>
    </message>
    <message>
        <source>Demo library (discarded on exit)</source>
        <translation>Демо-кітапхана (шыққанда жойылады)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (тек оқу)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тақырып</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>The layout is back as it was at first.</source>
        <translation>Орналасу бастапқы күйіне қайтарылды.</translation>
    </message>
    <message>
        <source>The library could not be changed</source>
        <translation>Кітапхананы өзгерту мүмкін болмады</translation>
    </message>
    <message>
        <source>The library could not be read</source>
        <translation>Кітапхананы оқу мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>ParallelEditor</name>
    <message>
        <source>Move Row Boundary</source>
        <translation>Жол шекарасын жылжыту</translation>
    </message>
    <message>
        <source>There is no such row.</source>
        <translation>Мұндай жол жоқ.</translation>
    </message>
    <message>
        <source>This row is one sentence on each side: there is nothing to split.</source>
        <translation>Бұл жолда әр жақта бір сөйлемнен: бөлетін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>This is the first row: there is no row before it to merge it with.</source>
        <translation>Бұл бірінші жол: онымен біріктіретін алдыңғы жол жоқ.</translation>
    </message>
    <message>
        <source>This is the last row: there is no row after it to merge it with.</source>
        <translation>Бұл соңғы жол: онымен біріктіретін келесі жол жоқ.</translation>
    </message>
    <message>
        <source>This row has nothing on that side to move.</source>
        <translation>Бұл жолдың ол жағында жылжытатын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>This is the first row: there is no row above to move the segment to.</source>
        <translation>Бұл бірінші жол: сегментті жылжытатын жоғарғы жол жоқ.</translation>
    </message>
    <message>
        <source>This is the last row: there is no row below to move the segment to.</source>
        <translation>Бұл соңғы жол: сегментті жылжытатын төменгі жол жоқ.</translation>
    </message>
    <message>
        <source>There is no such boundary between rows.</source>
        <translation>Жолдар арасында мұндай шекара жоқ.</translation>
    </message>
    <message>
        <source>The boundary is already there.</source>
        <translation>Шекара онсыз да осында.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>left</source>
        <translation>сол жақ</translation>
    </message>
    <message>
        <source>right</source>
        <translation>оң жақ</translation>
    </message>
    <message>
        <source>No mismatch to look at between these editions.</source>
        <translation>Бұл басылымдар арасында қарайтын сәйкессіздік жоқ.</translation>
    </message>
    <message>
        <source>Choose a mismatch first: F7 steps through them.</source>
        <translation>Алдымен сәйкессіздікті таңдаңыз: F7 олар бойынша өтеді.</translation>
    </message>
    <message>
        <source>Accepted as fine for this pair. Ctrl+Z takes it back.</source>
        <translation>Осы жұп үшін жарамды деп қабылданды. Ctrl+Z кері қайтарады.</translation>
    </message>
    <message>
        <source>Choose two different editions to correct how they are aligned.</source>
        <translation>Теңестіруін түзету үшін екі түрлі басылымды таңдаңыз.</translation>
    </message>
    <message>
        <source>Split Row</source>
        <translation>Жолды бөлу</translation>
    </message>
    <message>
        <source>Merge Rows</source>
        <translation>Жолдарды біріктіру</translation>
    </message>
    <message>
        <source>Move Segment</source>
        <translation>Сегментті жылжыту</translation>
    </message>
    <message>
        <source>This pair is aligned automatically: there is nothing to reset.</source>
        <translation>Бұл жұп автоматты түрде теңестірілген: бастапқы күйге келтіретін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Accept “%1” as Fine</source>
        <translation>«%1» жарамды деп қабылдау</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>%1-жол</translation>
    </message>
    <message>
        <source>stated in %1, not in %2</source>
        <translation>%1 ішінде бар, %2 ішінде жоқ</translation>
    </message>
    <message>
        <source>Aligned by hand (Reset Alignment undoes every correction of the pair)</source>
        <translation>Қолмен теңестірілген («Теңестіруді бастапқы күйге келтіру» жұптың барлық түзетуін болдырмайды)</translation>
    </message>
</context>
<context>
    <name>ParallelSummary</name>
    <message numerus="yes">
        <source>%Ln aligned row(s)</source>
        <translation>
            <numerusform>%Ln теңестірілген жол</numerusform>
            <numerusform>%Ln теңестірілген жол</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln corrected by hand</source>
        <comment>aligned rows</comment>
        <translation>
            <numerusform>%Ln қолмен түзетілді</numerusform>
            <numerusform>%Ln қолмен түзетілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mismatch(es) to look at</source>
        <translation>
            <numerusform>қарайтын %Ln сәйкессіздік</numerusform>
            <numerusform>қарайтын %Ln сәйкессіздік</numerusform>
        </translation>
    </message>
    <message>
        <source>no mismatches to look at</source>
        <translation>қарайтын сәйкессіздік жоқ</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln accepted)</source>
        <comment>mismatches</comment>
        <translation>
            <numerusform>(%Ln қабылданды)</numerusform>
            <numerusform>(%Ln қабылданды)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln correction(s) made by hand no longer fit these texts (the words at the boundary are gone) and were set aside.</source>
        <translation>
            <numerusform>Қолмен жасалған %Ln түзету бұл мәтіндерге енді сәйкес келмейді (шекарадағы сөздер жоқ) және шетке қойылды.</numerusform>
            <numerusform>Қолмен жасалған %Ln түзету бұл мәтіндерге енді сәйкес келмейді (шекарадағы сөздер жоқ) және шетке қойылды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParallelView</name>
    <message>
        <source>Reset Alignment</source>
        <translation>Теңестіруді бастапқы күйге келтіру</translation>
    </message>
    <message>
        <source>Accept “%1” as Fine</source>
        <translation>«%1» жарамды деп қабылдау</translation>
    </message>
    <message>
        <source>Take Back “%1”</source>
        <translation>«%1» кері алу</translation>
    </message>
</context>
<context>
    <name>ProjectionController</name>
    <message>
        <source>Confirm Projection</source>
        <translation>Проекцияны растау</translation>
    </message>
    <message>
        <source>Highlights of the translations could not be projected: %1</source>
        <translation>Аудармалардың ерекшелеулерін проекциялау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Projected from the %1 edition: “%2”</source>
        <translation>%1 басылымынан проекцияланды: «%2»</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Жазба: %1</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>Кодтар: %1</translation>
    </message>
    <message>
        <source>Select the words it stands for and Confirm Projection (Ctrl+Shift+P) to highlight them here.</source>
        <translation>Оған сәйкес сөздерді таңдап, оларды осында ерекшелеу үшін проекцияны растаңыз (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <source>Select text on a projected highlight (dashed underline) to confirm it.</source>
        <translation>Растау үшін проекцияланған ерекшелеудің (үзік сызықпен астын сызу) мәтінін таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>Version %1 of %2</source>
        <translation>Нұсқа %1 / %2</translation>
    </message>
    <message>
        <source>the first seen</source>
        <translation>алғаш кездескені</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Тег…</translation>
    </message>
    <message>
        <source>Add a tag (T)</source>
        <translation>Тег қосу (T)</translation>
    </message>
    <message>
        <source>This article was seen with different texts; choose which version to read</source>
        <translation>Бұл мақала әр түрлі мәтінмен кездесті; оқитын нұсқаны таңдаңыз</translation>
    </message>
    <message>
        <source>Star (S)</source>
        <translation>Жұлдызша қою (S)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Салыстыру</translation>
    </message>
    <message>
        <source>Compare the versions side by side (Ctrl+D)</source>
        <translation>Нұсқаларды қатар салыстыру (Ctrl+D)</translation>
    </message>
    <message>
        <source>Select an article to read it.

J / K move through the list · / searches</source>
        <translation>Оқу үшін мақаланы таңдаңыз.

J / K — тізім бойынша жылжу · / — іздеу</translation>
    </message>
    <message>
        <source>Reader text size: %1 pt (Ctrl+0 resets)</source>
        <translation>Мәтін өлшемі: %1 pt (Ctrl+0 — қалпына келтіру)</translation>
    </message>
    <message>
        <source>This article has no stored text.</source>
        <translation>Бұл мақаланың сақталған мәтіні жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s), seen in %1:</source>
        <translation>
            <numerusform>%Ln таңба, кездескен жерлері (%1):</numerusform>
            <numerusform>%Ln таңба, кездескен жерлері (%1):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n орын</numerusform>
            <numerusform>%n орын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>1 version · %n place(s)</source>
        <translation>
            <numerusform>1 нұсқа · %n орын</numerusform>
            <numerusform>1 нұсқа · %n орын</numerusform>
        </translation>
    </message>
    <message>
        <source>This article has no web source to open.</source>
        <translation>Бұл мақаланың ашатын веб-дереккөзі жоқ.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>күні жоқ</translation>
    </message>
    <message>
        <source>This version has no text (the dump may have been cut off).</source>
        <translation>Бұл нұсқада мәтін жоқ (дамп қиылып қалған болуы мүмкін).</translation>
    </message>
</context>
<context>
    <name>RecoverySummary</name>
    <message numerus="yes">
        <source>Recovered %Ln row(s) into %1; nothing was lost.</source>
        <translation>
            <numerusform>%1 ішіне %Ln жол қалпына келтірілді; ештеңе жоғалған жоқ.</numerusform>
            <numerusform>%1 ішіне %Ln жол қалпына келтірілді; ештеңе жоғалған жоқ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln damaged stretch(es)</source>
        <translation>
            <numerusform>%Ln зақымдалған бөлік</numerusform>
            <numerusform>%Ln зақымдалған бөлік</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) dropped</source>
        <translation>
            <numerusform>%Ln жол жоғалды</numerusform>
            <numerusform>%Ln жол жоғалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recovered %Ln row(s) into %1; rows were lost in %2.</source>
        <translation>
            <numerusform>%1 ішіне %Ln жол қалпына келтірілді; мына жерлерде жолдар жоғалды: %2.</numerusform>
            <numerusform>%1 ішіне %Ln жол қалпына келтірілді; мына жерлерде жолдар жоғалды: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedSearchDialog</name>
    <message>
        <source>Name:</source>
        <translation>Аты:</translation>
    </message>
    <message>
        <source>words, &quot;phrases&quot;, tag:, date:… (as in the search box)</source>
        <translation>сөздер, &quot;тіркестер&quot;, tag:, date:… (іздеу жолағындағыдай)</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Іздеу:</translation>
    </message>
    <message>
        <source>Sidebar:</source>
        <translation>Бүйір тақта:</translation>
    </message>
    <message>
        <source>Use the sidebar filter now on instead: %1</source>
        <translation>Оның орнына бүйір тақтаның қазіргі сүзгісін қолдану: %1</translation>
    </message>
</context>
<context>
    <name>SavedSearchesController</name>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Сақталған іздеудің аты болуы керек.</translation>
    </message>
    <message>
        <source>There is nothing to save: type a search or pick a sidebar filter first.</source>
        <translation>Сақтайтын ештеңе жоқ: алдымен іздеуді теріңіз не бүйір тақтадан сүзгі таңдаңыз.</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Іздеу: %1</translation>
    </message>
    <message>
        <source>Sidebar: %1</source>
        <translation>Бүйір тақта: %1</translation>
    </message>
    <message>
        <source>No longer in the library: %1 (so nothing matches)</source>
        <translation>Кітапханада енді жоқ: %1 (сондықтан ештеңе табылмайды)</translation>
    </message>
    <message>
        <source>Type a search or pick a sidebar filter first: that is what a saved search keeps.</source>
        <translation>Алдымен іздеуді теріңіз не бүйір тақтадан сүзгі таңдаңыз: сақталған іздеу дәл соны сақтайды.</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Іздеуді сақтау</translation>
    </message>
    <message>
        <source>Save Search “%1”</source>
        <translation>«%1» іздеуін сақтау</translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation>Сақталған іздеулер</translation>
    </message>
    <message>
        <source>Rename Saved Search “%1”</source>
        <translation>«%1» сақталған іздеуінің атын өзгерту</translation>
    </message>
    <message>
        <source>Edit Saved Search</source>
        <translation>Сақталған іздеуді өзгерту</translation>
    </message>
    <message>
        <source>Edit Saved Search “%1”</source>
        <translation>«%1» сақталған іздеуін өзгерту</translation>
    </message>
    <message>
        <source>Update Saved Search “%1”</source>
        <translation>«%1» сақталған іздеуін жаңарту</translation>
    </message>
    <message>
        <source>Delete the saved search “%1”? The articles stay. Edit ▸ Undo brings it back.</source>
        <translation>«%1» сақталған іздеуін жою керек пе? Мақалалар қалады. Түзету ▸ Болдырмау оны қайтарады.</translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation>Сақталған іздеуді жою</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Delete Saved Search “%1”</source>
        <translation>«%1» сақталған іздеуін жою</translation>
    </message>
    <message>
        <source>Saved search deleted. Ctrl+Z brings it back.</source>
        <translation>Сақталған іздеу жойылды. Ctrl+Z оны қайтарады.</translation>
    </message>
    <message>
        <source>Move Saved Search</source>
        <translation>Сақталған іздеуді жылжыту</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Атын өзгерту…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Replace with the Current Search</source>
        <translation>Ағымдағы іздеумен ауыстыру</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Төмен жылжыту</translation>
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation>Сақталған іздеудің атын өзгерту</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search titles and texts. Filters: tag:name  -tag:name  section:News  source:name
date:2026-02  date:2026-02-01..2026-02-28  is:unread  is:starred  has:versions
Use &quot;quotes&quot; for a phrase, or for a word matched exactly. Esc clears.</source>
        <translation>Тақырыптар мен мәтіндерден іздеу. Сүзгілер: tag:атауы  -tag:атауы  section:Жаңалықтар  source:атауы
date:2026-02  date:2026-02-01..2026-02-28  is:unread  is:starred  has:versions
&quot;Тырнақша&quot; — тіркес үшін не сөзді дәл іздеу үшін. Esc өрісті тазартады.</translation>
    </message>
    <message>
        <source>Search  (/)  — words, &quot;phrases&quot;, tag:, date:2026-02, is:unread…</source>
        <translation>Іздеу  (/)  — сөздер, &quot;тіркестер&quot;, tag:, date:2026-02, is:unread…</translation>
    </message>
    <message>
        <source>Only the first %1 characters are searched.</source>
        <translation>Тек алғашқы %1 таңба ізделеді.</translation>
    </message>
</context>
<context>
    <name>SearchOptions</name>
    <message>
        <source>Search &amp;Options</source>
        <translation>Іздеу &amp;параметрлері</translation>
    </message>
</context>
<context>
    <name>SearchProblems</name>
    <message>
        <source>%1 is not a date; use date:2026-02 or date:2026-02-01..2026-02-28</source>
        <translation>%1 — күн емес; date:2026-02 не date:2026-02-01..2026-02-28 түрінде жазыңыз</translation>
    </message>
    <message>
        <source>%1 is not a filter</source>
        <translation>%1 — сүзгі емес</translation>
    </message>
    <message numerus="yes">
        <source>the search has %Ln word(s); only the first %1 are searched</source>
        <translation>
            <numerusform>сұранымда %Ln сөз бар; тек алғашқы %1 сөз ізделеді</numerusform>
            <numerusform>сұранымда %Ln сөз бар; тек алғашқы %1 сөз ізделеді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the search has %Ln filter(s); at most %1 are used</source>
        <translation>
            <numerusform>сұранымда %Ln сүзгі бар; ең көбі %1 сүзгі қолданылады</numerusform>
            <numerusform>сұранымда %Ln сүзгі бар; ең көбі %1 сүзгі қолданылады</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentTable</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Мақала</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Кодтар</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Кодтаушы</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Үзінді</translation>
    </message>
    <message>
        <source>(the whole article)</source>
        <translation>(бүкіл мақала)</translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <source>Any of the ticked codes (OR)</source>
        <translation>Белгіленген кодтардың кез келгенімен (НЕМЕСЕ)</translation>
    </message>
    <message>
        <source>All of the ticked codes, overlapping (AND)</source>
        <translation>Белгіленген кодтардың бәрімен, қиылысатын (ЖӘНЕ)</translation>
    </message>
    <message>
        <source>Passages coded with</source>
        <translation>Кодталған үзінділер:</translation>
    </message>
    <message>
        <source>Click a code to tick it, again to exclude it (NOT), again to clear it</source>
        <translation>Кодты шерту оны белгілейді, қайта шерту — шығарады (ЕМЕС), тағы шерту — белгіні алады</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV экспорттау…</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Markdown экспорттау…</translation>
    </message>
    <message>
        <source>Tick one or more codes on the left to list their passages.</source>
        <translation>Үзінділерін көру үшін сол жақтан бір не бірнеше кодты белгілеңіз.</translation>
    </message>
    <message>
        <source> in the articles listed</source>
        <translation> (тізімдегі мақалаларда)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln үзінді</numerusform>
            <numerusform>%Ln үзінді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln passage(s) to %1</source>
        <translation>
            <numerusform>%Ln үзінді %1 файлына экспортталды</numerusform>
            <numerusform>%Ln үзінді %1 файлына экспортталды</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Coded Segments</source>
        <translation>Кодталған үзінділерді экспорттау</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <source>Find a key or a command…</source>
        <translation>Пернені не пәрменді табу…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Әрекет</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>All articles</source>
        <translation>Барлық мақала</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Оқылмағандар</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Жұлдызшалы</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>Аннотациялы</translation>
    </message>
    <message>
        <source>Several versions</source>
        <translation>Бірнеше нұсқа</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Кітапхана</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Сақталған іздеулер</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation>Соңғы импорттар</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Өңделгендер</translation>
    </message>
    <message numerus="yes">
        <source>Edited: %Ln article(s) with a version that changes words</source>
        <translation>
            <numerusform>Өңделгендер: сөздері өзгерген нұсқасы бар %Ln мақала</numerusform>
            <numerusform>Өңделгендер: сөздері өзгерген нұсқасы бар %Ln мақала</numerusform>
        </translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>импортталған уақыты: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln мақала</numerusform>
            <numerusform>%Ln мақала</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <comment>articles</comment>
        <translation>
            <numerusform>%Ln жаңа</numerusform>
            <numerusform>%Ln жаңа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new version(s)</source>
        <translation>
            <numerusform>%Ln жаңа нұсқа</numerusform>
            <numerusform>%Ln жаңа нұсқа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): see File ▸ Import Log</source>
        <translation>
            <numerusform>%Ln ескерту: Файл ▸ Импорттау журналы бөлімін қараңыз</numerusform>
            <numerusform>%Ln ескерту: Файл ▸ Импорттау журналы бөлімін қараңыз</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop articles here or press T</source>
        <translation>Мақалаларды осында апарып тастаңыз не T пернесін басыңыз</translation>
    </message>
    <message>
        <source>Corpus ▸ Save Search</source>
        <translation>Корпус ▸ Іздеуді сақтау</translation>
    </message>
    <message numerus="yes">
        <source>%1 (all tags below it): %Ln article(s)</source>
        <translation>
            <numerusform>%1 (ішіндегі барлық тегімен): %Ln мақала</numerusform>
            <numerusform>%1 (ішіндегі барлық тегімен): %Ln мақала</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln article(s)</source>
        <translation>
            <numerusform>%1: %Ln мақала</numerusform>
            <numerusform>%1: %Ln мақала</numerusform>
        </translation>
    </message>
    <message>
        <source>Click: show · again: exclude · again: clear</source>
        <translation>Шерту: көрсету · қайта: шығару · тағы: тазарту</translation>
    </message>
    <message>
        <source>not %1</source>
        <comment>an excluded filter</comment>
        <translation>%1 емес</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Атын өзгерту…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Түс</translation>
    </message>
    <message>
        <source>No Colour</source>
        <translation>Түссіз</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>Біріктіру…</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Тегті жою</translation>
    </message>
    <message>
        <source>Show in Import Log</source>
        <translation>Импорттау журналында көрсету</translation>
    </message>
    <message>
        <source>New Tag…</source>
        <translation>Жаңа тег…</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Сүзгілерді тазарту</translation>
    </message>
</context>
<context>
    <name>SpecWords</name>
    <message>
        <source>not %1</source>
        <translation>%1 емес</translation>
    </message>
    <message numerus="yes">
        <source>%Ln import(s)</source>
        <translation>
            <numerusform>%Ln импорт</numerusform>
            <numerusform>%Ln импорт</numerusform>
        </translation>
    </message>
    <message>
        <source>source “%1”</source>
        <translation>«%1» дереккөзі</translation>
    </message>
    <message>
        <source>section “%1” of %2</source>
        <translation>%2 дереккөзінің «%1» бөлімі</translation>
    </message>
    <message>
        <source>tag “%1”</source>
        <translation>«%1» тегі</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>импорт</translation>
    </message>
</context>
<context>
    <name>StackedBars</name>
    <message>
        <source>Nothing to chart yet</source>
        <translation>Әзірге диаграммаға ештеңе жоқ</translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message>
        <source>Link Suggested Translation</source>
        <translation>Ұсынылған аударманы байланыстыру</translation>
    </message>
    <message>
        <source>Dismiss Suggested Translation</source>
        <translation>Ұсынылған аударманы қабылдамау</translation>
    </message>
    <message>
        <source>Translations could not be suggested: %1</source>
        <translation>Аудармаларды ұсыну мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Linked as translations. Ctrl+Z undoes it.</source>
        <translation>Аудармалар ретінде байланыстырылды. Ctrl+Z болдырмайды.</translation>
    </message>
    <message>
        <source>Not suggested again for these two articles. Ctrl+Z undoes it.</source>
        <translation>Бұл екі мақала үшін енді ұсынылмайды. Ctrl+Z болдырмайды.</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>note</source>
        <translation>жазба</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>түс</translation>
    </message>
    <message>
        <source>name</source>
        <translation>атау</translation>
    </message>
    <message>
        <source>deleted or not</source>
        <translation>жойылған ба, жоқ па</translation>
    </message>
    <message>
        <source>read mark</source>
        <translation>оқылғаны туралы белгі</translation>
    </message>
    <message>
        <source>star</source>
        <translation>жұлдызша</translation>
    </message>
    <message>
        <source>link</source>
        <translation>байланыс</translation>
    </message>
    <message>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>search</source>
        <translation>іздеу</translation>
    </message>
    <message>
        <source>sidebar filter</source>
        <translation>бүйір тақта сүзгісі</translation>
    </message>
    <message>
        <source>place in the list</source>
        <translation>тізімдегі орны</translation>
    </message>
    <message>
        <source>parent code</source>
        <translation>жоғарғы код</translation>
    </message>
    <message>
        <source>description</source>
        <translation>сипаттама</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>мемо</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>coder</source>
        <translation>кодтаушы</translation>
    </message>
    <message>
        <source>highlight it was confirmed from</source>
        <translation>ол расталған ерекшелеу</translation>
    </message>
    <message>
        <source>boundary taken away</source>
        <translation>шекара алынды</translation>
    </message>
    <message>
        <source>boundary put in</source>
        <translation>шекара қойылды</translation>
    </message>
    <message>
        <source>order of the corrections</source>
        <translation>түзетулердің реті</translation>
    </message>
    <message>
        <source>edition that states it</source>
        <translation>мұны келтіретін басылым</translation>
    </message>
    <message>
        <source>kind of mismatch</source>
        <translation>сәйкессіздік түрі</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>сәйкессіздік</translation>
    </message>
    <message>
        <source>accepted or not</source>
        <translation>қабылданған ба, жоқ па</translation>
    </message>
    <message>
        <source>dismissed or not</source>
        <translation>қабылданбаған ба, жоқ па</translation>
    </message>
    <message>
        <source>made or undone</source>
        <translation>жасалған ба, болдырылмаған ба</translation>
    </message>
    <message>
        <source>Highlight “%1”</source>
        <translation>«%1» ерекшелеуі</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>«%1» тегі</translation>
    </message>
    <message>
        <source>Tag “%1” on an article</source>
        <translation>Мақаладағы «%1» тегі</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Мақала</translation>
    </message>
    <message>
        <source>Translation link to “%1”</source>
        <translation>«%1» аудармасымен байланыс</translation>
    </message>
    <message>
        <source>Name of highlight colour %1</source>
        <translation>%1 ерекшелеу түсінің атауы</translation>
    </message>
    <message>
        <source>Code “%1”</source>
        <translation>«%1» коды</translation>
    </message>
    <message>
        <source>Coding with “%1”</source>
        <translation>«%1» кодымен кодтау</translation>
    </message>
    <message>
        <source>Saved search “%1”</source>
        <translation>«%1» сақталған іздеуі</translation>
    </message>
    <message>
        <source>Correction of the alignment with “%1”</source>
        <translation>«%1» мақаласымен теңестіруді түзету</translation>
    </message>
    <message>
        <source>Mismatch “%1” accepted as fine</source>
        <translation>«%1» сәйкессіздігі жарамды деп қабылданды</translation>
    </message>
    <message>
        <source>Suggested translation “%1” dismissed</source>
        <translation>«%1» ұсынылған аудармасы қабылданбады</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>Accepted as fine</source>
        <translation>Жарамды деп қабылданды</translation>
    </message>
    <message>
        <source>Taken back</source>
        <translation>Кері алынды</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Suggested again</source>
        <translation>Қайта ұсынылады</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Жасалды</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Жойылмаған</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Оқылған</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Оқылмаған</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Жұлдызшалы</translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation>Жұлдызшасыз</translation>
    </message>
    <message>
        <source>Linked as translations</source>
        <translation>Аудармалар ретінде байланыстырылған</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Байланыс алынған</translation>
    </message>
    <message>
        <source>Edited the %1: %2</source>
        <translation>«%1» өзгертілді: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Не туралы</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Қазір көрсетілген</translation>
    </message>
    <message>
        <source>The other edit</source>
        <translation>Басқа түзету</translation>
    </message>
    <message>
        <source>No conflicts. When a highlight, note, tag or mark is changed on two devices before either has seen the other&apos;s change, both values are kept and listed here.</source>
        <translation>Қайшылық жоқ. Ерекшелеу, жазба, тег не белгі екі құрылғыда біреуі екіншісінің түзетуін көргенге дейін өзгертілсе, екі мән де сақталып, осында тізімделеді.</translation>
    </message>
    <message>
        <source>deleted and edited</source>
        <translation>жойылды және өзгертілді</translation>
    </message>
    <message>
        <source>Sync Conflicts (%1)</source>
        <translation>Синхрондау қайшылықтары (%1)</translation>
    </message>
    <message>
        <source>Sync Conflicts</source>
        <translation>Синхрондау қайшылықтары</translation>
    </message>
    <message>
        <source>Keep Deleted</source>
        <translation>Жойылған күйде қалдыру</translation>
    </message>
    <message>
        <source>Restore It</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Екеуін де қалдыру</translation>
    </message>
    <message>
        <source>Merge the Two Tags</source>
        <translation>Екі тегті біріктіру</translation>
    </message>
    <message>
        <source>Keep Shown</source>
        <translation>Көрсетілгенді қалдыру</translation>
    </message>
    <message>
        <source>Use This One Instead</source>
        <translation>Орнына осыны алу</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync: %1</source>
        <translation>Синхрондау: %1</translation>
    </message>
    <message>
        <source>This library is read-only: it cannot sync.</source>
        <translation>Бұл кітапхана тек оқуға арналған: оны синхрондау мүмкін емес.</translation>
    </message>
    <message>
        <source>Sync stopped. The folder keeps what was sent; choose it again to go on.</source>
        <translation>Синхрондау тоқтатылды. Қалтада жіберілгені қалады; жалғастыру үшін оны қайта таңдаңыз.</translation>
    </message>
    <message>
        <source>Sync Conflicts</source>
        <translation>Синхрондау қайшылықтары</translation>
    </message>
</context>
<context>
    <name>SyncFolderDialog</name>
    <message>
        <source>Sync Folder</source>
        <translation>Синхрондау қалтасы</translation>
    </message>
    <message>
        <source>Qalam writes your edits (highlights, notes, tags, stars, read marks, links) as small files into this folder, and reads the other devices&apos; files from it. Keep the folder in step between your machines with Syncthing, Dropbox, OneDrive, Nextcloud or a network share. The library itself is never put there, and nothing leaves this machine except into this folder.</source>
        <translation>Qalam сіздің түзетулеріңізді (ерекшелеулер, жазбалар, тегтер, жұлдызшалар, оқылғаны туралы белгілер, байланыстар) осы қалтаға шағын файлдар ретінде жазады және одан басқа құрылғылардың файлдарын оқиды. Қалтаны компьютерлеріңіз арасында Syncthing, Dropbox, OneDrive, Nextcloud не желілік қалта арқылы синхрондап отырыңыз. Кітапхананың өзі ол жерге ешқашан салынбайды, және осы қалтадан басқа жерге бұл компьютерден ештеңе шықпайды.</translation>
    </message>
    <message>
        <source>An empty folder, or one another device already syncs through</source>
        <translation>Бос қалта не басқа құрылғы арқылы синхрондалып жүрген қалта</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Also share the dump files (the other devices import them)</source>
        <translation>Дамп файлдарын да беру (басқа құрылғылар импорттайды)</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Қалта:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Атыңыз:</translation>
    </message>
    <message>
        <source>Your name is shown beside your annotations on the other devices.</source>
        <translation>Атыңыз басқа құрылғыларда аннотацияларыңыздың жанында көрсетіледі.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <source>Stop Syncing</source>
        <translation>Синхрондауды тоқтату</translation>
    </message>
    <message>
        <source>Choose the Sync Folder</source>
        <translation>Синхрондау қалтасын таңдау</translation>
    </message>
    <message>
        <source>Choose a folder that exists (an empty one, or one Qalam already syncs through).</source>
        <translation>Бар қалтаны таңдаңыз (бос не Qalam арқылы синхрондалып жүрген қалта).</translation>
    </message>
    <message>
        <source>Give the name your annotations are shown under.</source>
        <translation>Аннотацияларыңыз қандай атпен көрсетілетінін жазыңыз.</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Sync Log</source>
        <translation>Синхрондау журналы</translation>
    </message>
    <message>
        <source>Choose a sync to see what it moved.</source>
        <translation>Не жібергенін көру үшін синхрондауды таңдаңыз.</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Қазір синхрондау</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Қайшылықтар…</translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation>Синхрондау әлі іске қосылмаған.</translation>
    </message>
    <message>
        <source>Nothing to send or receive.</source>
        <translation>Жіберетін не алатын ештеңе жоқ.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Syncing…</source>
        <translation>Синхрондалуда…</translation>
    </message>
    <message>
        <source>Sync set up</source>
        <translation>Синхрондау бапталған</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Синхрондалды: %1</translation>
    </message>
    <message>
        <source>Update Qalam to read changes from %1</source>
        <translation>%1 жіберген өзгерістерді оқу үшін Qalam-ды жаңартыңыз</translation>
    </message>
    <message>
        <source>Click for the sync log.</source>
        <translation>Синхрондау журналын ашу үшін шертіңіз.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) to send</source>
        <translation>
            <numerusform>жіберілетін %Ln түзету</numerusform>
            <numerusform>жіберілетін %Ln түзету</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln қайшылық</numerusform>
            <numerusform>%Ln қайшылық</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln мәселе</numerusform>
            <numerusform>%Ln мәселе</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <source>Remove the tag “%1” from this article</source>
        <translation>Бұл мақаладан «%1» тегін алып тастау</translation>
    </message>
</context>
<context>
    <name>TagColors</name>
    <message>
        <source>Red</source>
        <translation>Қызыл</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Қызғылт сары</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Сары</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Жасыл</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Көкшіл жасыл</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Көк</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Күлгін</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Қызғылт</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Сұр</translation>
    </message>
</context>
<context>
    <name>TagNameDialog</name>
    <message>
        <source>e.g. constitution or politics/elections</source>
        <translation>мысалы, конституция не саясат/сайлау</translation>
    </message>
    <message>
        <source>Use / for a hierarchy: politics/elections</source>
        <translation>Иерархия үшін / белгісі: саясат/сайлау</translation>
    </message>
</context>
<context>
    <name>TagsController</name>
    <message>
        <source>Remove Tag</source>
        <translation>Тегті алып тастау</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <source>Select articles to tag first.</source>
        <translation>Алдымен тег қоятын мақалаларды таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n article(s) with:</source>
        <translation>
            <numerusform>%n мақалаға қойылатын тег:</numerusform>
            <numerusform>%n мақалаға қойылатын тег:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Тег қосу</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>«%1» тегі</translation>
    </message>
    <message>
        <source>Remove Tag “%1”</source>
        <translation>«%1» тегін алып тастау</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Тег жоқ</translation>
    </message>
    <message>
        <source>Rename “%1” to (an existing name merges the two):</source>
        <translation>«%1» атауын мынаған өзгерту (бар атау екі тегті біріктіреді):</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Тегтің атын өзгерту</translation>
    </message>
    <message>
        <source>Rename Tag “%1”</source>
        <translation>«%1» тегінің атын өзгерту</translation>
    </message>
    <message>
        <source>Recolour Tag</source>
        <translation>Тегтің түсін өзгерту</translation>
    </message>
    <message>
        <source>There is no other tag to merge into.</source>
        <translation>Біріктіретін басқа тег жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Move the %Ln article(s) tagged “%1” to:</source>
        <translation>
            <numerusform>«%1» тегі бар %Ln мақаланы мынаған көшіру:</numerusform>
            <numerusform>«%1» тегі бар %Ln мақаланы мынаған көшіру:</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>Тегті біріктіру</translation>
    </message>
    <message>
        <source>Merge Tag “%1”</source>
        <translation>«%1» тегін біріктіру</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? It is removed from %Ln article(s); the articles stay. Edit ▸ Undo brings it back.</source>
        <translation>
            <numerusform>«%1» тегін жою керек пе? Ол %Ln мақаладан алынады; мақалалардың өзі қалады. Түзету ▸ Болдырмау оны қайтарады.</numerusform>
            <numerusform>«%1» тегін жою керек пе? Ол %Ln мақаладан алынады; мақалалардың өзі қалады. Түзету ▸ Болдырмау оны қайтарады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Тегті жою</translation>
    </message>
    <message>
        <source>Delete Tag “%1”</source>
        <translation>«%1» тегін жою</translation>
    </message>
</context>
<context>
    <name>TranslationStrip</name>
    <message>
        <source>Translations:</source>
        <translation>Аудармалар:</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>Ұсынылады:</translation>
    </message>
    <message>
        <source>Articles of another language from the same days that state the same figures and names</source>
        <translation>Сол күндердегі, сол сандар мен атауларды келтіретін басқа тілдегі мақалалар</translation>
    </message>
    <message>
        <source>same address, other language</source>
        <translation>сол мекенжай, басқа тіл</translation>
    </message>
    <message>
        <source>linked by hand</source>
        <translation>қолмен байланыстырылған</translation>
    </message>
    <message>
        <source>Read in parallel with “%1” (%2)</source>
        <translation>«%1» мақаласымен қатар оқу (%2)</translation>
    </message>
    <message>
        <source>Perhaps a translation: “%1” (%2, %3), scored %4% by the figures and names it shares: %5</source>
        <translation>Аударма болуы мүмкін: «%1» (%2, %3), ортақ сандар мен атаулар бойынша бағасы %4%: %5</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>күні жоқ</translation>
    </message>
    <message>
        <source>Link as Translation</source>
        <translation>Аударма ретінде байланыстыру</translation>
    </message>
    <message>
        <source>Not a Translation (Dismiss)</source>
        <translation>Аударма емес (қабылдамау)</translation>
    </message>
</context>
<context>
    <name>VersionChoices</name>
    <message numerus="yes">
        <source>%Ln character(s), seen in:</source>
        <translation>
            <numerusform>%Ln таңба, кездескен жерлері:</numerusform>
            <numerusform>%Ln таңба, кездескен жерлері:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Алғаш кездесті</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Соңғы рет кездесті</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Ұзындығы</translation>
    </message>
    <message>
        <source>Against base</source>
        <translation>Негізгімен салыстырғанда</translation>
    </message>
    <message>
        <source>Compare with Base</source>
        <translation>Негізгімен салыстыру</translation>
    </message>
    <message>
        <source>Show the selected version side by side with the base</source>
        <translation>Таңдалған нұсқаны негізгі нұсқамен қатар көрсету</translation>
    </message>
    <message>
        <source>Compare Selected</source>
        <translation>Таңдалғандарды салыстыру</translation>
    </message>
    <message>
        <source>Select two versions (Ctrl-click) to compare them</source>
        <translation>Салыстыру үшін екі нұсқаны таңдаңыз (Ctrl+шерту)</translation>
    </message>
    <message>
        <source>Set as Base</source>
        <translation>Негізгі ету</translation>
    </message>
    <message>
        <source>Classify the other versions against this one</source>
        <translation>Қалған нұсқаларды осы нұсқамен салыстырып жіктеу</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Оқу</translation>
    </message>
    <message>
        <source>Show this version in the reader</source>
        <translation>Бұл нұсқаны оқу аймағында көрсету</translation>
    </message>
    <message>
        <source>base</source>
        <translation>негізгі</translation>
    </message>
    <message>
        <source>comparing…</source>
        <translation>салыстырылуда…</translation>
    </message>
    <message>
        <source>(reading)</source>
        <translation>(оқылуда)</translation>
    </message>
    <message>
        <source>same place: seen once</source>
        <translation>сол жерде: бір рет кездесті</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>импортталған уақыты: %1</translation>
    </message>
    <message>
        <source>Version %1 (id %2), seen in:</source>
        <translation>Нұсқа %1 (id %2), кездескен жерлері:</translation>
    </message>
    <message>
        <source>Select an article to see its versions.</source>
        <translation>Нұсқаларын көру үшін мақаланы таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>seen in %n place(s)</source>
        <translation>
            <numerusform>%n жерде кездеседі</numerusform>
            <numerusform>%n жерде кездеседі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n versions, compared against version %1 (the first seen).</source>
        <translation>
            <numerusform>%n нұсқа, %1-нұсқамен (алғаш кездескенімен) салыстырылды.</numerusform>
            <numerusform>%n нұсқа, %1-нұсқамен (алғаш кездескенімен) салыстырылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n versions, compared against version %1.</source>
        <translation>
            <numerusform>%n нұсқа, %1-нұсқамен салыстырылды.</numerusform>
            <numerusform>%n нұсқа, %1-нұсқамен салыстырылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>One version, %1: nothing to compare.</source>
        <translation>Бір нұсқа, %1: салыстыратын ештеңе жоқ.</translation>
    </message>
</context>
</TS>
