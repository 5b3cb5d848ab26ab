<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Annotations</source>
        <translation>Аннотации</translation>
    </message>
    <message>
        <source>&amp;Browse Annotations…</source>
        <translation>&amp;Обзор аннотаций…</translation>
    </message>
    <message>
        <source>browse the annotations of the whole library</source>
        <translation>просмотреть аннотации всей библиотеки</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour Names…</source>
        <translation>&amp;Названия цветов выделения…</translation>
    </message>
    <message>
        <source>Add &amp;Note to Article…</source>
        <translation>Добавить &amp;заметку к статье…</translation>
    </message>
    <message>
        <source>&amp;Annotations Panel</source>
        <translation>Панель &amp;аннотаций</translation>
    </message>
    <message>
        <source>show or hide the annotations panel</source>
        <translation>показать или скрыть панель аннотаций</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>&amp;Следующая статья</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>&amp;Предыдущая статья</translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation>Прочитано / не п&amp;рочитано</translation>
    </message>
    <message>
        <source>Toggle &amp;Star</source>
        <translation>Поставить / снять по&amp;метку</translation>
    </message>
    <message>
        <source>Select &amp;All Articles</source>
        <translation>Выделить &amp;все статьи</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Кодирование</translation>
    </message>
    <message>
        <source>&amp;Code Selection…</source>
        <translation>&amp;Закодировать выделенное…</translation>
    </message>
    <message>
        <source>code the selected passage (or the selected highlight): type to pick codes</source>
        <translation>закодировать выделенный фрагмент (или выбранное выделение): начните вводить, чтобы выбрать коды</translation>
    </message>
    <message>
        <source>Code Whole &amp;Article…</source>
        <translation>Закодировать &amp;статью целиком…</translation>
    </message>
    <message>
        <source>code the selected articles (or the one being read) as a whole</source>
        <translation>закодировать выбранные статьи (или открытую) целиком</translation>
    </message>
    <message>
        <source>&amp;New Code…</source>
        <translation>&amp;Новый код…</translation>
    </message>
    <message>
        <source>Coded &amp;Segments</source>
        <translation>Закодированные &amp;фрагменты</translation>
    </message>
    <message>
        <source>every passage coded with some codes, combined AND / OR / NOT</source>
        <translation>все фрагменты с выбранными кодами, в сочетаниях И / ИЛИ / НЕ</translation>
    </message>
    <message>
        <source>Code &amp;Frequencies</source>
        <translation>&amp;Частоты кодов</translation>
    </message>
    <message>
        <source>Code C&amp;o-occurrence</source>
        <translation>Совместная &amp;встречаемость кодов</translation>
    </message>
    <message>
        <source>Inter-coder A&amp;greement</source>
        <translation>&amp;Согласованность кодировщиков</translation>
    </message>
    <message>
        <source>Coder &amp;Name…</source>
        <translation>&amp;Имя кодировщика…</translation>
    </message>
    <message>
        <source>Your name as a coder, recorded on every coding you make</source>
        <translation>Ваше имя как кодировщика: оно записывается в каждом вашем кодировании</translation>
    </message>
    <message>
        <source>Show Only &amp;My Codings</source>
        <translation>Показывать только &amp;мои кодирования</translation>
    </message>
    <message>
        <source>Hide other coders&apos; codings, for blind coding</source>
        <translation>Скрыть кодирования других кодировщиков (слепое кодирование)</translation>
    </message>
    <message>
        <source>&amp;Import Codebook (.qdc)…</source>
        <translation>&amp;Импорт книги кодов (.qdc)…</translation>
    </message>
    <message>
        <source>Import REFI-QDA &amp;Project (.qdpx)…</source>
        <translation>Импорт &amp;проекта REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>&amp;Export Codebook (.qdc)…</source>
        <translation>&amp;Экспорт книги кодов (.qdc)…</translation>
    </message>
    <message>
        <source>Export REFI-QDA P&amp;roject (.qdpx)…</source>
        <translation>Экспорт п&amp;роекта REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>Code&amp;book</source>
        <translation>&amp;Книга кодов</translation>
    </message>
    <message>
        <source>show or hide the codebook</source>
        <translation>показать или скрыть книгу кодов</translation>
    </message>
    <message>
        <source>Coding A&amp;nalysis</source>
        <translation>&amp;Анализ кодирования</translation>
    </message>
    <message>
        <source>show or hide the coding analysis</source>
        <translation>показать или скрыть анализ кодирования</translation>
    </message>
    <message>
        <source>&amp;Rename Code</source>
        <translation>&amp;Переименовать код</translation>
    </message>
    <message>
        <source>rename the code selected in the codebook</source>
        <translation>переименовать код, выбранный в книге кодов</translation>
    </message>
    <message>
        <source>&amp;Delete Code…</source>
        <translation>&amp;Удалить код…</translation>
    </message>
    <message>
        <source>delete the code selected in the codebook (undoable)</source>
        <translation>удалить код, выбранный в книге кодов (можно отменить)</translation>
    </message>
    <message>
        <source>Versions and translations</source>
        <translation>Версии и переводы</translation>
    </message>
    <message>
        <source>&amp;Compare Versions…</source>
        <translation>&amp;Сравнить версии…</translation>
    </message>
    <message>
        <source>Compare two versions side by side, or read linked translations in parallel</source>
        <translation>Сравнить две версии рядом или читать связанные переводы параллельно</translation>
    </message>
    <message>
        <source>compare versions, or read translations in parallel</source>
        <translation>сравнить версии или читать переводы параллельно</translation>
    </message>
    <message>
        <source>&amp;Link as Translation of…</source>
        <translation>Связать как &amp;перевод…</translation>
    </message>
    <message>
        <source>&amp;Versions Panel</source>
        <translation>Панель &amp;версий</translation>
    </message>
    <message>
        <source>show or hide the versions panel</source>
        <translation>показать или скрыть панель версий</translation>
    </message>
    <message>
        <source>Compare view</source>
        <translation>Окно сравнения</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>Следующее изменение</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>Предыдущее изменение</translation>
    </message>
    <message>
        <source>Close the Compare View</source>
        <translation>Закрыть окно сравнения</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>Импорт &amp;аннотаций…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import W3C Web Annotations (from Qalam or Hypothesis) or a Hypothesis JSON export</source>
        <translation>Импортировать аннотации W3C Web Annotation (из Qalam или Hypothesis) или экспорт Hypothesis в JSON</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <source>Import dump files</source>
        <translation>Импортировать файлы дампов</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <source>Import every dump in a folder</source>
        <translation>Импортировать все дампы из папки</translation>
    </message>
    <message>
        <source>Set &amp;Inbox Folder…</source>
        <translation>Папка «&amp;Входящие»…</translation>
    </message>
    <message>
        <source>Watch a folder and import dumps that appear in it</source>
        <translation>Следить за папкой и импортировать появляющиеся в ней дампы</translation>
    </message>
    <message>
        <source>Import &amp;Log</source>
        <translation>&amp;Журнал импорта</translation>
    </message>
    <message>
        <source>Import the &amp;Sample Dumps</source>
        <translation>Импортировать &amp;примеры дампов</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <source>Use the system&apos;s language when Qalam has it, else English</source>
        <translation>Язык системы, если он есть в Qalam, иначе английский</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>clear the search</source>
        <translation>очистить поиск</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Ctrl+щелчок</translation>
    </message>
    <message>
        <source>combine sidebar filters (AND)</source>
        <translation>сочетать фильтры боковой панели (И)</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Двойной щелчок</translation>
    </message>
    <message>
        <source>open the article&apos;s web page</source>
        <translation>открыть веб-страницу статьи</translation>
    </message>
    <message>
        <source>Qalam</source>
        <translation>Qalam</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;About Qalam</source>
        <translation>&amp;О программе Qalam</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>this list</source>
        <translation>этот список</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>search</source>
        <translation>поиск</translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>&amp;Боковая панель</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Сбросить расположение</translation>
    </message>
    <message>
        <source>Put the panes, columns and panels back as they were at first</source>
        <translation>Вернуть области, столбцы и панели в исходное положение</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>Parallel view</source>
        <translation>Параллельное чтение</translation>
    </message>
    <message>
        <source>Next Row</source>
        <translation>Следующая строка</translation>
    </message>
    <message>
        <source>Previous Row</source>
        <translation>Предыдущая строка</translation>
    </message>
    <message>
        <source>Work on the Left Edition</source>
        <translation>Работать с левым изданием</translation>
    </message>
    <message>
        <source>Work on the Right Edition</source>
        <translation>Работать с правым изданием</translation>
    </message>
    <message>
        <source>&amp;Split Row</source>
        <translation>&amp;Разделить строку</translation>
    </message>
    <message>
        <source>split the current row at the cursor, or in the middle</source>
        <translation>разделить текущую строку у курсора или посередине</translation>
    </message>
    <message>
        <source>&amp;Merge with Next Row</source>
        <translation>&amp;Объединить со следующей строкой</translation>
    </message>
    <message>
        <source>Merge with &amp;Previous Row</source>
        <translation>Объединить с &amp;предыдущей строкой</translation>
    </message>
    <message>
        <source>Move Segment to Row &amp;Above</source>
        <translation>Перенести сегмент в строку &amp;выше</translation>
    </message>
    <message>
        <source>re-pair this side&apos;s first segment with the row above</source>
        <translation>связать первый сегмент этой стороны со строкой выше</translation>
    </message>
    <message>
        <source>Move Segment to Row &amp;Below</source>
        <translation>Перенести сегмент в строку &amp;ниже</translation>
    </message>
    <message>
        <source>re-pair this side&apos;s last segment with the row below</source>
        <translation>связать последний сегмент этой стороны со строкой ниже</translation>
    </message>
    <message>
        <source>&amp;Reset Alignment of This Pair</source>
        <translation>&amp;Сбросить выравнивание этой пары</translation>
    </message>
    <message>
        <source>&amp;Accept Mismatch as Fine</source>
        <translation>&amp;Принять расхождение как допустимое</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>the keys of every window</source>
        <translation>клавиши всех окон</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Статья</translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation>&amp;Кодирование</translation>
    </message>
    <message>
        <source>&amp;Corpus</source>
        <translation>К&amp;орпус</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>Page Down in Reader</source>
        <translation>Страница вниз при чтении</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Исходный размер</translation>
    </message>
    <message>
        <source>Open &amp;Source in Browser</source>
        <translation>Открыть &amp;источник в браузере</translation>
    </message>
    <message>
        <source>open the article&apos;s web page in the browser</source>
        <translation>открыть веб-страницу статьи в браузере</translation>
    </message>
    <message>
        <source>Match &amp;Word Forms</source>
        <translation>Учитывать &amp;формы слов</translation>
    </message>
    <message>
        <source>Конституция also finds Конституции, Қазақстан also Қазақстанда; &quot;quotes&quot; match exactly</source>
        <translation>«Конституция» находит и «Конституции», «Қазақстан» — и «Қазақстанда»; слово в &quot;кавычках&quot; ищется точно</translation>
    </message>
    <message>
        <source>Kazakh Typed on a &amp;Russian Keyboard</source>
        <translation>Казахский, набранный на &amp;русской раскладке</translation>
    </message>
    <message>
        <source>казакстан finds Қазақстан: а, г, к, н, о, у, х, и also match ә, ғ, қ, ң, ө, ұ/ү, һ, і</source>
        <translation>«казакстан» находит «Қазақстан»: а, г, к, н, о, у, х, и соответствуют и ә, ғ, қ, ң, ө, ұ/ү, һ, і</translation>
    </message>
    <message>
        <source>Kazakh in &amp;Latin Letters</source>
        <translation>Казахский &amp;латиницей</translation>
    </message>
    <message>
        <source>Qazaqstan finds Қазақстан, and Қазақстан finds Qazaqstan (the 2021 alphabet)</source>
        <translation>«Qazaqstan» находит «Қазақстан», а «Қазақстан» — «Qazaqstan» (алфавит 2021 года)</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>Добавить &amp;тег…</translation>
    </message>
    <message>
        <source>tag the selected articles</source>
        <translation>поставить тег выбранным статьям</translation>
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
        <translation>каждое вхождение искомого в его контексте (KWIC)</translation>
    </message>
    <message>
        <source>&amp;Frequency over Time</source>
        <translation>&amp;Частота во времени</translation>
    </message>
    <message>
        <source>how often the search matches, per day, week, month or year</source>
        <translation>как часто встречается искомое: по дням, неделям, месяцам или годам</translation>
    </message>
    <message>
        <source>Co&amp;llocates</source>
        <translation>Ко&amp;ллокаты</translation>
    </message>
    <message>
        <source>the words near the search more often than chance</source>
        <translation>слова, которые стоят рядом с искомым чаще, чем случайно</translation>
    </message>
    <message>
        <source>Count Hits Once per &amp;Article (Newest Version)</source>
        <translation>Считать вхождения по одному разу на &amp;статью (новейшая версия)</translation>
    </message>
    <message>
        <source>Count Hits in &amp;Every Version</source>
        <translation>Считать вхождения в &amp;каждой версии</translation>
    </message>
    <message>
        <source>Export Concordance as CSV…</source>
        <translation>Экспорт конкорданса в CSV…</translation>
    </message>
    <message>
        <source>Export Frequencies as CSV…</source>
        <translation>Экспорт частот в CSV…</translation>
    </message>
    <message>
        <source>Export Chart as PNG…</source>
        <translation>Экспорт графика в PNG…</translation>
    </message>
    <message>
        <source>Export Chart as SVG…</source>
        <translation>Экспорт графика в SVG…</translation>
    </message>
    <message>
        <source>Export Collocates as CSV…</source>
        <translation>Экспорт коллокатов в CSV…</translation>
    </message>
    <message>
        <source>C&amp;orpus Panel</source>
        <translation>Панель к&amp;орпуса</translation>
    </message>
    <message>
        <source>show or hide the corpus panel</source>
        <translation>показать или скрыть панель корпуса</translation>
    </message>
    <message>
        <source>Click (concordance)</source>
        <translation>Щелчок (конкорданс)</translation>
    </message>
    <message>
        <source>open the article at the hit</source>
        <translation>открыть статью на месте вхождения</translation>
    </message>
    <message>
        <source>Ctrl+C (concordance)</source>
        <translation>Ctrl+C (конкорданс)</translation>
    </message>
    <message>
        <source>copy the selected lines</source>
        <translation>копировать выбранные строки</translation>
    </message>
    <message>
        <source>Click / drag (chart)</source>
        <translation>Щелчок / перетаскивание (график)</translation>
    </message>
    <message>
        <source>list the articles of those periods</source>
        <translation>показать статьи за эти периоды</translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>Копировать &amp;библиографическую ссылку</translation>
    </message>
    <message>
        <source>copy a formatted reference of the selected articles</source>
        <translation>скопировать оформленную ссылку на выбранные статьи</translation>
    </message>
    <message>
        <source>Your &amp;Name in Exports…</source>
        <translation>Ваше &amp;имя в экспорте…</translation>
    </message>
    <message>
        <source>The name exported annotations give as their creator</source>
        <translation>Имя, которое экспортированные аннотации указывают как автора</translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation>&amp;Сохранить поиск…</translation>
    </message>
    <message>
        <source>save the search and the sidebar filter under a name</source>
        <translation>сохранить поиск и фильтр боковой панели под именем</translation>
    </message>
    <message>
        <source>Drag (saved search)</source>
        <translation>Перетаскивание (сохранённый поиск)</translation>
    </message>
    <message>
        <source>reorder the saved searches</source>
        <translation>изменить порядок сохранённых поисков</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>Confirm &amp;Projection</source>
        <translation>Подтвердить &amp;проекцию</translation>
    </message>
    <message>
        <source>Make the projected highlight under the selection a highlight of this edition</source>
        <translation>Сделать спроецированное выделение под выделенным текстом выделением этого издания</translation>
    </message>
    <message>
        <source>make a projected highlight a highlight of this edition</source>
        <translation>сделать спроецированное выделение выделением этого издания</translation>
    </message>
    <message>
        <source>&amp;Edit Others&apos; Annotations</source>
        <translation>&amp;Изменять чужие аннотации</translation>
    </message>
    <message>
        <source>Allow changing and deleting annotations that other people made (they are read-only otherwise)</source>
        <translation>Разрешить изменять и удалять аннотации, сделанные другими людьми (иначе они только для чтения)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>S&amp;ync Folder…</source>
        <translation>Папка с&amp;инхронизации…</translation>
    </message>
    <message>
        <source>Keep this library in step with your other devices through a shared folder</source>
        <translation>Синхронизировать эту библиотеку с другими вашими устройствами через общую папку</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Синхронизировать &amp;сейчас</translation>
    </message>
    <message>
        <source>Sync Lo&amp;g</source>
        <translation>&amp;Журнал синхронизации</translation>
    </message>
    <message>
        <source>Sync &amp;Conflicts</source>
        <translation>&amp;Конфликты синхронизации</translation>
    </message>
    <message>
        <source>Edits made on two devices at once: both values, who made each and when</source>
        <translation>Правки, сделанные одновременно на двух устройствах: оба значения, кто и когда их внёс</translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <source>Articles (code present or not)</source>
        <translation>Статьи (код есть или нет)</translation>
    </message>
    <message>
        <source>Characters of the passages</source>
        <translation>Символы фрагментов</translation>
    </message>
    <message>
        <source>Characters: every character of the articles counts, so text nobody coded is agreement on “not coded”</source>
        <translation>Символы: учитывается каждый символ статей, поэтому текст, который никто не закодировал, считается согласием в том, что он «не закодирован»</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Кодировщики</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Единицы</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Agreement %</source>
        <translation>Согласие, %</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>κ Коэна</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α Криппендорфа</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Where they differ</source>
        <translation>В чём расхождение</translation>
    </message>
    <message>
        <source>Agreement needs codings by two or more coders.

Each coder sets a name with Coding ▸ Coder Name…; bring in another coder&apos;s work with Coding ▸ Import REFI-QDA Project.</source>
        <translation>Для согласованности нужны кодирования двух или более кодировщиков.

Каждый кодировщик задаёт своё имя в меню Кодирование ▸ Имя кодировщика…; работу другого кодировщика можно загрузить через Кодирование ▸ Импорт проекта REFI-QDA.</translation>
    </message>
    <message>
        <source>Tick two or more coders above.</source>
        <translation>Отметьте выше двух или более кодировщиков.</translation>
    </message>
    <message>
        <source>No article was coded by all of %1 yet: agreement compares the articles every one of them coded.</source>
        <translation>Пока нет статьи, которую закодировали все: %1. Согласованность сравнивает статьи, закодированные каждым из них.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) coded by all of %2. Overall: %3 % agreement · κ %4 · α %5 (every code&apos;s decisions pooled).</source>
        <translation>
            <numerusform>%Ln статья закодирована всеми: %2. В целом: согласие %3 % · κ %4 · α %5 (решения по всем кодам вместе).</numerusform>
            <numerusform>%Ln статьи закодированы всеми: %2. В целом: согласие %3 % · κ %4 · α %5 (решения по всем кодам вместе).</numerusform>
            <numerusform>%Ln статей закодированы всеми: %2. В целом: согласие %3 % · κ %4 · α %5 (решения по всем кодам вместе).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) where the coders differ, side by side:</source>
        <translation>
            <numerusform>%Ln место, где кодировщики расходятся, рядом:</numerusform>
            <numerusform>%Ln места, где кодировщики расходятся, рядом:</numerusform>
            <numerusform>%Ln мест, где кодировщики расходятся, рядом:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohen&apos;s κ compares exactly two coders</source>
        <translation>κ Коэна сравнивает ровно двух кодировщиков</translation>
    </message>
    <message>
        <source>undefined when every decision is the same</source>
        <translation>не определён, если все решения одинаковы</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статьи</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln символ</numerusform>
            <numerusform>%Ln символа</numerusform>
            <numerusform>%Ln символов</numerusform>
        </translation>
    </message>
    <message>
        <source>(the article)</source>
        <translation>(статья)</translation>
    </message>
    <message>
        <source>— not coded</source>
        <translation>— не закодировано</translation>
    </message>
    <message>
        <source>No disagreements.</source>
        <translation>Расхождений нет.</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Coded Segments</source>
        <translation>Закодированные фрагменты</translation>
    </message>
    <message>
        <source>Frequencies</source>
        <translation>Частоты</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>Совместная встречаемость</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Согласованность</translation>
    </message>
</context>
<context>
    <name>AnalysisTab</name>
    <message>
        <source>Only the articles listed</source>
        <translation>Только статьи из списка</translation>
    </message>
    <message>
        <source>Combine with the search box and the sidebar&apos;s filters</source>
        <translation>С учётом поиска и фильтров боковой панели</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Все кодировщики</translation>
    </message>
    <message>
        <source>The analysis could not be completed:
%1</source>
        <translation>Не удалось выполнить анализ:
%1</translation>
    </message>
    <message>
        <source>Cancelled. Change an option or press Refresh to compute it again.</source>
        <translation>Отменено. Измените параметр, чтобы вычислить заново.</translation>
    </message>
    <message>
        <source>Reading the coded articles: %1 of %2</source>
        <translation>Чтение закодированных статей: %1 из %2</translation>
    </message>
    <message>
        <source>Nothing is coded yet.

Select text in the reader and press C to code it; Shift+C codes a whole article.</source>
        <translation>Пока ничего не закодировано.

Выделите текст при чтении и нажмите C, чтобы закодировать его; Shift+C кодирует всю статью.</translation>
    </message>
</context>
<context>
    <name>AnnotationBrowser</name>
    <message>
        <source>Browse Annotations</source>
        <translation>Обзор аннотаций</translation>
    </message>
    <message>
        <source>Search quotes and notes…</source>
        <translation>Поиск в цитатах и заметках…</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любой тег</translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation>Только «%1»</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>Double-click to open the article at this highlight</source>
        <translation>Дважды щёлкните, чтобы открыть статью на этом выделении</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln аннотация</numerusform>
            <numerusform>%Ln аннотации</numerusform>
            <numerusform>%Ln аннотаций</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationCard</name>
    <message>
        <source>Colour, re-attach, delete</source>
        <translation>Цвет, привязка, удаление</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Добавьте заметку…</translation>
    </message>
    <message>
        <source>coded passage</source>
        <translation>закодированный фрагмент</translation>
    </message>
    <message>
        <source>the whole article</source>
        <translation>вся статья</translation>
    </message>
    <message>
        <source>highlight</source>
        <translation>выделение</translation>
    </message>
    <message>
        <source>article note</source>
        <translation>заметка к статье</translation>
    </message>
    <message>
        <source>not found in this version</source>
        <translation>не найдено в этой версии</translation>
    </message>
    <message>
        <source>placed approximately</source>
        <translation>размещено приблизительно</translation>
    </message>
    <message>
        <source>by %1 · read-only</source>
        <translation>автор: %1 · только для чтения</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>автор: %1</translation>
    </message>
    <message>
        <source>Made by %1: read-only</source>
        <translation>Автор — %1: только для чтения</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>другой человек</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Re-attach to the Selected Text</source>
        <translation>Привязать к выделенному тексту</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Annotations</source>
        <translation>Аннотации</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;Выделить цветом</translation>
    </message>
    <message>
        <source>Highlight “%1”</source>
        <translation>Выделение «%1»</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>Удалить выделение</translation>
    </message>
    <message>
        <source>Recolour to “%1”</source>
        <translation>Изменить цвет на «%1»</translation>
    </message>
    <message>
        <source>Highlight as %1</source>
        <translation>Выделить как «%1»</translation>
    </message>
    <message>
        <source>Annotations (%1)</source>
        <translation>Аннотации (%1)</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>другой человек</translation>
    </message>
    <message>
        <source>This annotation is %1&apos;s, and read-only: View ▸ Edit Others&apos; Annotations allows changing it.</source>
        <translation>Эта аннотация принадлежит автору %1 и доступна только для чтения: Вид ▸ Изменять чужие аннотации позволяет её изменить.</translation>
    </message>
    <message>
        <source>Select text in the reader to highlight it.</source>
        <translation>Выделите текст при чтении, чтобы отметить его цветом.</translation>
    </message>
    <message>
        <source>Highlight deleted. Ctrl+Z brings it back.</source>
        <translation>Выделение удалено. Ctrl+Z вернёт его.</translation>
    </message>
    <message>
        <source>Re-attach</source>
        <translation>Привязать заново</translation>
    </message>
    <message>
        <source>Select the passage in the reader first, then choose Re-attach.</source>
        <translation>Сначала выделите фрагмент при чтении, затем выберите «Привязать заново».</translation>
    </message>
    <message>
        <source>Note on the Article</source>
        <translation>Заметка к статье</translation>
    </message>
    <message>
        <source>A note on “%1”:</source>
        <translation>Заметка к статье «%1»:</translation>
    </message>
    <message>
        <source>Highlight Colour Names</source>
        <translation>Названия цветов выделения</translation>
    </message>
</context>
<context>
    <name>AnnotationImportController</name>
    <message>
        <source>Hypothesis export</source>
        <translation>экспорт Hypothesis</translation>
    </message>
    <message>
        <source>Qalam&apos;s W3C export</source>
        <translation>экспорт Qalam в W3C</translation>
    </message>
    <message>
        <source>W3C Web Annotation</source>
        <translation>W3C Web Annotation</translation>
    </message>
    <message>
        <source>deleted in this library, so not brought back</source>
        <translation>удалена в этой библиотеке, поэтому не возвращена</translation>
    </message>
    <message>
        <source>no article in the library has its address</source>
        <translation>ни у одной статьи библиотеки нет её адреса</translation>
    </message>
    <message>
        <source>its article has no text in this library</source>
        <translation>у её статьи нет текста в этой библиотеке</translation>
    </message>
    <message>
        <source>not an annotation object</source>
        <translation>не объект аннотации</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Импорт аннотаций</translation>
    </message>
    <message>
        <source>Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>Веб-аннотации (*.jsonld *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Importing annotations: %1 of %2</source>
        <translation>Импорт аннотаций: %1 из %2</translation>
    </message>
    <message>
        <source>Imported annotations: %1 added, %2 already here, %3 skipped</source>
        <translation>Аннотации импортированы: добавлено %1, уже были %2, пропущено %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… и ещё %Ln</numerusform>
            <numerusform>… и ещё %Ln</numerusform>
            <numerusform>… и ещё %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) in the file (%1)</source>
        <translation>
            <numerusform>%Ln аннотация в файле (%1)</numerusform>
            <numerusform>%Ln аннотации в файле (%1)</numerusform>
            <numerusform>%Ln аннотаций в файле (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched to an article</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>%Ln сопоставлена со статьёй</numerusform>
            <numerusform>%Ln сопоставлены со статьями</numerusform>
            <numerusform>%Ln сопоставлено со статьями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln placed exactly</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>%Ln размещена точно</numerusform>
            <numerusform>%Ln размещены точно</numerusform>
            <numerusform>%Ln размещено точно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approximately</source>
        <comment>annotations placed</comment>
        <translation>
            <numerusform>%Ln приблизительно</numerusform>
            <numerusform>%Ln приблизительно</numerusform>
            <numerusform>%Ln приблизительно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned (passage not found)</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>%Ln без привязки (фрагмент не найден)</numerusform>
            <numerusform>%Ln без привязки (фрагменты не найдены)</numerusform>
            <numerusform>%Ln без привязки (фрагменты не найдены)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article note(s)</source>
        <translation>
            <numerusform>%Ln заметка к статье</numerusform>
            <numerusform>%Ln заметки к статьям</numerusform>
            <numerusform>%Ln заметок к статьям</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln:</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>Добавлена %Ln:</numerusform>
            <numerusform>Добавлены %Ln:</numerusform>
            <numerusform>Добавлено %Ln:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %Ln (the file&apos;s copy was edited later)</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>Обновлена %Ln (копию в файле редактировали позже)</numerusform>
            <numerusform>Обновлены %Ln (копию в файле редактировали позже)</numerusform>
            <numerusform>Обновлено %Ln (копию в файле редактировали позже)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in the library: %Ln</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>Уже в библиотеке: %Ln</numerusform>
            <numerusform>Уже в библиотеке: %Ln</numerusform>
            <numerusform>Уже в библиотеке: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Codings added: %Ln</source>
        <translation>
            <numerusform>Добавлено кодирований: %Ln</numerusform>
            <numerusform>Добавлено кодирований: %Ln</numerusform>
            <numerusform>Добавлено кодирований: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tags that are not colour names kept in the note of %Ln annotation(s)</source>
        <translation>
            <numerusform>Теги, не являющиеся названиями цветов, сохранены в заметке %Ln аннотации</numerusform>
            <numerusform>Теги, не являющиеся названиями цветов, сохранены в заметках %Ln аннотаций</numerusform>
            <numerusform>Теги, не являющиеся названиями цветов, сохранены в заметках %Ln аннотаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %Ln:</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>Пропущена %Ln:</numerusform>
            <numerusform>Пропущены %Ln:</numerusform>
            <numerusform>Пропущено %Ln:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1:

%2</source>
        <translation>Из %1 ничего не импортировано:

%2</translation>
    </message>
</context>
<context>
    <name>AnnotationLayers</name>
    <message>
        <source>Annotation &amp;Layers</source>
        <translation>&amp;Слои аннотаций</translation>
    </message>
    <message>
        <source>Yours (%1)</source>
        <translation>Ваши (%1)</translation>
    </message>
    <message>
        <source>No one else&apos;s annotations in this library</source>
        <translation>В этой библиотеке нет чужих аннотаций</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Add Note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>A note on the whole article, not tied to a passage</source>
        <translation>Заметка ко всей статье, не привязанная к фрагменту</translation>
    </message>
    <message>
        <source>Select text in the reader, then pick a colour, or press 1–6.</source>
        <translation>Выделите текст при чтении и выберите цвет или нажмите 1–6.</translation>
    </message>
    <message>
        <source>Unanchored</source>
        <translation>Без привязки</translation>
    </message>
    <message>
        <source>Notes on the article</source>
        <translation>Заметки к статье</translation>
    </message>
    <message numerus="yes">
        <source>%n on this article</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>В этой статье: %n</numerusform>
            <numerusform>В этой статье: %n</numerusform>
            <numerusform>В этой статье: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Аннотации</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Расхожд.</translation>
    </message>
    <message>
        <source>Versions: how many different texts of the article were seen</source>
        <translation>Версии: сколько разных текстов статьи встречалось</translation>
    </message>
    <message>
        <source>Drift: figures, names, dates and sentences that the article and its translations do not share</source>
        <translation>Расхождения: числа, имена, даты и предложения, которые есть в статье или в её переводах, но не во всех</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n версия</numerusform>
            <numerusform>%n версии</numerusform>
            <numerusform>%n версий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>edited, up to %n word(s) changed (Ctrl+D compares)</source>
        <translation>
            <numerusform>отредактирована, изменено до %n слова (Ctrl+D — сравнить)</numerusform>
            <numerusform>отредактирована, изменено до %n слов (Ctrl+D — сравнить)</numerusform>
            <numerusform>отредактирована, изменено до %n слов (Ctrl+D — сравнить)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 against the first</source>
        <translation>%1 относительно первой</translation>
    </message>
</context>
<context>
    <name>ChangeLabels</name>
    <message numerus="yes">
        <source>edited, %n word(s) changed</source>
        <translation>
            <numerusform>отредактирована, изменено %n слово</numerusform>
            <numerusform>отредактирована, изменено %n слова</numerusform>
            <numerusform>отредактирована, изменено %n слов</numerusform>
        </translation>
    </message>
    <message>
        <source>identical text</source>
        <translation>текст совпадает</translation>
    </message>
    <message>
        <source>whitespace only</source>
        <translation>только пробелы</translation>
    </message>
    <message>
        <source>punctuation/quotes only</source>
        <translation>только пунктуация и кавычки</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>no section</source>
        <translation>без раздела</translation>
    </message>
</context>
<context>
    <name>CitationsController</name>
    <message>
        <source>Select the articles to cite first.</source>
        <translation>Сначала выберите статьи, на которые нужна ссылка.</translation>
    </message>
    <message>
        <source>Those articles are no longer in the library.</source>
        <translation>Этих статей больше нет в библиотеке.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln citation(s).</source>
        <translation>
            <numerusform>Скопирована %Ln ссылка.</numerusform>
            <numerusform>Скопированы %Ln ссылки.</numerusform>
            <numerusform>Скопировано %Ln ссылок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Citation</source>
        <translation>Копирование ссылки</translation>
    </message>
    <message>
        <source>The citation could not be made:

%1</source>
        <translation>Не удалось составить ссылку:

%1</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <source>Type to find a code, or a new name…</source>
        <translation>Введите, чтобы найти код, или новое название…</translation>
    </message>
    <message>
        <source>Enter applies · Ctrl+Space ticks several · Esc closes</source>
        <translation>Enter — применить · Ctrl+Пробел — отметить несколько · Esc — закрыть</translation>
    </message>
    <message>
        <source>＋ New code “%1”</source>
        <translation>＋ Новый код «%1»</translation>
    </message>
    <message>
        <source>The codebook is empty: type a name to create the first code.</source>
        <translation>Книга кодов пуста: введите название, чтобы создать первый код.</translation>
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
        <translation>Фрагменты</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <source>Filter codes…</source>
        <translation>Фильтр кодов…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>A new code at the top level (Ctrl+Shift+K)</source>
        <translation>Новый код на верхнем уровне (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Sub-code</source>
        <translation>Подкод</translation>
    </message>
    <message>
        <source>A new code below the selected one</source>
        <translation>Новый код внутри выбранного</translation>
    </message>
    <message>
        <source>No codes yet.

Create one with New, or select text in the reader and press C, then type a name.</source>
        <translation>Кодов пока нет.

Создайте код кнопкой «Новый» или выделите текст при чтении, нажмите C и введите название.</translation>
    </message>
    <message>
        <source>Definition · include when … · exclude when …</source>
        <translation>Определение · включать, если … · не включать, если …</translation>
    </message>
    <message>
        <source>Memo: your notes on this code as coding goes on</source>
        <translation>Мемо: ваши заметки об этом коде по ходу кодирования</translation>
    </message>
    <message>
        <source>Your name as a coder: every coding you make records it</source>
        <translation>Ваше имя как кодировщика: оно записывается в каждом вашем кодировании</translation>
    </message>
    <message>
        <source>Only my codings</source>
        <translation>Только мои кодирования</translation>
    </message>
    <message>
        <source>Hide other coders&apos; codings, for blind coding</source>
        <translation>Скрыть кодирования других кодировщиков (слепое кодирование)</translation>
    </message>
    <message>
        <source>Coder: %1</source>
        <translation>Кодировщик: %1</translation>
    </message>
    <message>
        <source>Coder: (not set) — click to set</source>
        <translation>Кодировщик: указать…</translation>
    </message>
    <message>
        <source>coded passages (and whole articles)</source>
        <translation>закодированные фрагменты (и статьи целиком)</translation>
    </message>
    <message>
        <source>articles with this code</source>
        <translation>статьи с этим кодом</translation>
    </message>
    <message>
        <source>Select a code to see its definition and memo</source>
        <translation>Выберите код, чтобы увидеть его определение и мемо</translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <source>Codebook</source>
        <translation>Книга кодов</translation>
    </message>
    <message>
        <source>Coding Analysis</source>
        <translation>Анализ кодирования</translation>
    </message>
    <message>
        <source>Coder Name</source>
        <translation>Имя кодировщика</translation>
    </message>
    <message>
        <source>Your name as a coder. It is recorded on every coding you make,
so that agreement between coders can be measured:</source>
        <translation>Ваше имя как кодировщика. Оно записывается в каждом вашем кодировании,
чтобы можно было измерить согласованность кодировщиков:</translation>
    </message>
    <message>
        <source>Showing only your codings.</source>
        <translation>Показаны только ваши кодирования.</translation>
    </message>
    <message>
        <source>Showing every coder&apos;s codings.</source>
        <translation>Показаны кодирования всех кодировщиков.</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Кодирование</translation>
    </message>
    <message>
        <source>Code the selected passage</source>
        <translation>Закодировать выделенный фрагмент</translation>
    </message>
    <message>
        <source>Code the selected highlight</source>
        <translation>Закодировать выбранное выделение</translation>
    </message>
    <message>
        <source>Select text in the reader to code it (Shift+C codes the whole article).</source>
        <translation>Выделите текст при чтении, чтобы закодировать его (Shift+C кодирует всю статью).</translation>
    </message>
    <message>
        <source>Select articles to code first.</source>
        <translation>Сначала выберите статьи для кодирования.</translation>
    </message>
    <message>
        <source>Code “%1”</source>
        <translation>Код «%1»</translation>
    </message>
    <message>
        <source>Coded “%1”. Ctrl+Z undoes it.</source>
        <translation>Закодировано: «%1». Ctrl+Z отменит.</translation>
    </message>
    <message>
        <source>Code with the new code “%1”</source>
        <translation>Закодировать новым кодом «%1»</translation>
    </message>
    <message>
        <source>New Code “%1”</source>
        <translation>Новый код «%1»</translation>
    </message>
    <message>
        <source>Made the code “%1” and coded with it. Ctrl+Z undoes both.</source>
        <translation>Создан код «%1», им закодировано. Ctrl+Z отменит и то и другое.</translation>
    </message>
    <message>
        <source>Select text in the reader first, then drop it on a code.</source>
        <translation>Сначала выделите текст при чтении, затем перетащите его на код.</translation>
    </message>
    <message>
        <source>Remove Code “%1”</source>
        <translation>Снять код «%1»</translation>
    </message>
    <message>
        <source>A new code below “%1”:</source>
        <translation>Новый код внутри «%1»:</translation>
    </message>
    <message>
        <source>A new code:</source>
        <translation>Новый код:</translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>Новый код</translation>
    </message>
    <message>
        <source>Rename Code “%1”</source>
        <translation>Переименовать код «%1»</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Изменить «%1»</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Цвет кода «%1»</translation>
    </message>
    <message>
        <source>Recolour “%1”</source>
        <translation>Изменить цвет «%1»</translation>
    </message>
    <message>
        <source>Move Code “%1”</source>
        <translation>Переместить код «%1»</translation>
    </message>
    <message>
        <source>There is no other code to merge into.</source>
        <translation>Нет другого кода, с которым можно объединить.</translation>
    </message>
    <message>
        <source>Merge Code</source>
        <translation>Объединить код</translation>
    </message>
    <message>
        <source>Move every coding of “%1” (and its sub-codes) to:</source>
        <translation>Перенести все кодирования «%1» (и его подкодов) в:</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Объединить «%1» с «%2»</translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>Удалить код</translation>
    </message>
    <message>
        <source>Delete Code “%1”</source>
        <translation>Удалить код «%1»</translation>
    </message>
    <message>
        <source>Code deleted. Ctrl+Z brings it back.</source>
        <translation>Код удалён. Ctrl+Z вернёт его.</translation>
    </message>
    <message>
        <source>Apply to the Selected Text</source>
        <translation>Применить к выделенному тексту</translation>
    </message>
    <message>
        <source>Code the Selected Articles as a Whole</source>
        <translation>Закодировать выбранные статьи целиком</translation>
    </message>
    <message>
        <source>Show Coded Segments</source>
        <translation>Показать закодированные фрагменты</translation>
    </message>
    <message>
        <source>Find Articles with This Code</source>
        <translation>Найти статьи с этим кодом</translation>
    </message>
    <message>
        <source>New Sub-code…</source>
        <translation>Новый подкод…</translation>
    </message>
    <message>
        <source>Rename	F2</source>
        <translation>Переименовать	F2</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Цвет…</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>Объединить с…</translation>
    </message>
    <message>
        <source>Delete…	Del</source>
        <translation>Удалить…	Del</translation>
    </message>
    <message>
        <source>New Code…</source>
        <translation>Новый код…</translation>
    </message>
    <message>
        <source>Code Selection…	C</source>
        <translation>Закодировать выделенное…	C</translation>
    </message>
    <message>
        <source>Code as</source>
        <translation>Закодировать как</translation>
    </message>
    <message>
        <source>Remove Code</source>
        <translation>Снять код</translation>
    </message>
    <message>
        <source>Codebook (%1)</source>
        <translation>Книга кодов (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Code %n article(s) as a whole</source>
        <translation>
            <numerusform>Закодировать %n статью целиком</numerusform>
            <numerusform>Закодировать %n статьи целиком</numerusform>
            <numerusform>Закодировать %n статей целиком</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the code “%1”, the codes below it and its %Ln coding(s)? The passages stay. Edit ▸ Undo brings it all back.</source>
        <translation>
            <numerusform>Удалить код «%1», его подкоды и %Ln кодирование? Фрагменты останутся. Правка ▸ Отменить вернёт всё.</numerusform>
            <numerusform>Удалить код «%1», его подкоды и %Ln кодирования? Фрагменты останутся. Правка ▸ Отменить вернёт всё.</numerusform>
            <numerusform>Удалить код «%1», его подкоды и %Ln кодирований? Фрагменты останутся. Правка ▸ Отменить вернёт всё.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Экспорт в %1…</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Экспортировано: %1 в %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln код</numerusform>
            <numerusform>%Ln кода</numerusform>
            <numerusform>%Ln кодов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статьи</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Project</source>
        <translation>Импорт проекта</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>Импорт книги кодов</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new code(s)</source>
        <translation>
            <numerusform>%Ln новый код</numerusform>
            <numerusform>%Ln новых кода</numerusform>
            <numerusform>%Ln новых кодов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already here</source>
        <translation>
            <numerusform>%Ln уже был</numerusform>
            <numerusform>%Ln уже были</numerusform>
            <numerusform>%Ln уже были</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln source(s) matched to articles</source>
        <translation>
            <numerusform>%1 из %Ln источника сопоставлены со статьями</numerusform>
            <numerusform>%1 из %Ln источников сопоставлены со статьями</numerusform>
            <numerusform>%1 из %Ln источников сопоставлены со статьями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new coding(s)</source>
        <translation>
            <numerusform>%Ln новое кодирование</numerusform>
            <numerusform>%Ln новых кодирования</numerusform>
            <numerusform>%Ln новых кодирований</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new passage(s)</source>
        <translation>
            <numerusform>%Ln новый фрагмент</numerusform>
            <numerusform>%Ln новых фрагмента</numerusform>
            <numerusform>%Ln новых фрагментов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new note(s)</source>
        <translation>
            <numerusform>%Ln новая заметка</numerusform>
            <numerusform>%Ln новые заметки</numerusform>
            <numerusform>%Ln новых заметок</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>CollocatesPane</name>
    <message>
        <source>Word</source>
        <translation>Слово</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидаемое</translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation>Лог. правдоподобие</translation>
    </message>
    <message>
        <source>MI</source>
        <translation>MI</translation>
    </message>
    <message>
        <source>How many words on each side of a hit count as its company</source>
        <translation>Сколько слов с каждой стороны от вхождения считаются его окружением</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>не менее </translation>
    </message>
    <message>
        <source>Leave out words seen near the hits fewer times than this</source>
        <translation>Не показывать слова, встреченные рядом с вхождениями реже, чем столько раз</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Dunning&apos;s log-likelihood ratio (G²): how surely the word is near the hits more often than chance</source>
        <translation>Отношение логарифмического правдоподобия Даннинга (G²): насколько надёжно слово стоит рядом с вхождениями чаще, чем случайно</translation>
    </message>
    <message>
        <source>Mutual information: log₂ of how many times more often than expected</source>
        <translation>Взаимная информация: log₂ того, во сколько раз чаще ожидаемого</translation>
    </message>
    <message numerus="yes">
        <source> word(s)</source>
        <comment>the suffix of &apos;± 5&apos;</comment>
        <translation>
            <numerusform> слово</numerusform>
            <numerusform> слова</numerusform>
            <numerusform> слов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>&amp;Unlink Translation</source>
        <translation>&amp;Убрать связь перевода</translation>
    </message>
    <message>
        <source>never printed</source>
        <translation>нигде не опубликована</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Версия %1 из %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <source>Versions (%1)</source>
        <translation>Версии (%1)</translation>
    </message>
    <message>
        <source>Select an article to compare its versions.</source>
        <translation>Выберите статью, чтобы сравнить её версии.</translation>
    </message>
    <message>
        <source>This article has one version, and no linked translation: there is nothing to compare it with.</source>
        <translation>У этой статьи одна версия и нет связанного перевода: сравнивать не с чем.</translation>
    </message>
    <message>
        <source>%1 (this article)</source>
        <translation>%1 (эта статья)</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>связана</translation>
    </message>
    <message>
        <source>Select the article to link (or two articles to link with each other).</source>
        <translation>Выберите статью для связи (или две статьи, чтобы связать их между собой).</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Менять нечего.</translation>
    </message>
    <message>
        <source>Linked as translations.</source>
        <translation>Связаны как переводы.</translation>
    </message>
    <message>
        <source>Unlinked as translations.</source>
        <translation>Связь переводов убрана.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>The same version on both sides</source>
        <translation>С обеих сторон одна и та же версия</translation>
    </message>
    <message>
        <source>%1 against %2: %3</source>
        <translation>%1 относительно %2: %3</translation>
    </message>
    <message>
        <source>right</source>
        <translation>правая</translation>
    </message>
    <message>
        <source>left</source>
        <translation>левая</translation>
    </message>
    <message>
        <source>Punctuation &amp;&amp; quotes</source>
        <translation>Пунктуацию и кавычки</translation>
    </message>
    <message>
        <source>Quotation marks, apostrophes, dashes and other punctuation do not count</source>
        <translation>Кавычки, апострофы, тире и другие знаки препинания не учитываются</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Регистр</translation>
    </message>
    <message>
        <source>Capital and small letters compare equal</source>
        <translation>Прописные и строчные буквы считаются одинаковыми</translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation>Пробелы</translation>
    </message>
    <message>
        <source>Spaces and line breaks between words do not count</source>
        <translation>Пробелы и переносы строк между словами не учитываются</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Previous change (Shift+F7, Alt+Up)</source>
        <translation>Предыдущее изменение (Shift+F7, Alt+Вверх)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Next change (F7, Alt+Down)</source>
        <translation>Следующее изменение (F7, Alt+Вниз)</translation>
    </message>
    <message>
        <source>Ignore:</source>
        <translation>Не учитывать:</translation>
    </message>
    <message>
        <source>J / K: rows · H / L: edition · right-click a row to split, merge or re-pair it · F7: next mismatch</source>
        <translation>J / K: строки · H / L: издание · правый щелчок по строке — разделить, объединить или связать заново · F7: следующее расхождение</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Сравнение версий</translation>
    </message>
    <message>
        <source>Parallel reading</source>
        <translation>Параллельное чтение</translation>
    </message>
    <message>
        <source>missing here</source>
        <translation>здесь пропущено</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>вставлено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Сравнение…</translation>
    </message>
    <message>
        <source>Comparing the two texts; the window stays usable meanwhile.</source>
        <translation>Тексты сравниваются; окном можно пользоваться.</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>Сравнение не удалось: %1</translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation>пунктуация</translation>
    </message>
    <message>
        <source>case</source>
        <translation>регистр</translation>
    </message>
    <message>
        <source>whitespace</source>
        <translation>пробелы</translation>
    </message>
    <message>
        <source>No differences (ignoring %1)</source>
        <translation>Различий нет (не учитываются: %1)</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Различий нет</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln изменение</numerusform>
            <numerusform>%Ln изменения</numerusform>
            <numerusform>%Ln изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>change %1 of %2</source>
        <translation>изменение %1 из %2</translation>
    </message>
</context>
<context>
    <name>CooccurrenceTab</name>
    <message>
        <source>Overlapping passages</source>
        <translation>Пересекающиеся фрагменты</translation>
    </message>
    <message>
        <source>The same article</source>
        <translation>Одна и та же статья</translation>
    </message>
    <message>
        <source>Codes that occur together in</source>
        <translation>Коды, встречающиеся вместе:</translation>
    </message>
    <message>
        <source>Click a cell to list the passages it counts.</source>
        <translation>Щёлкните ячейку, чтобы увидеть фрагменты, которые она учитывает.</translation>
    </message>
    <message>
        <source>No coded passages match these options.</source>
        <translation>Нет закодированных фрагментов, подходящих под эти параметры.</translation>
    </message>
    <message>
        <source>overlapping passages</source>
        <translation>пересекающиеся фрагменты</translation>
    </message>
    <message>
        <source>articles with both</source>
        <translation>статьи с обоими кодами</translation>
    </message>
    <message>
        <source>Cells count %1; the diagonal, each code&apos;s own. Click a cell to list them.</source>
        <translation>В ячейках — %1; на диагонали — по каждому коду отдельно. Щёлкните ячейку, чтобы увидеть их.</translation>
    </message>
    <message>
        <source>%1: loading…</source>
        <translation>%1: загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln фрагмент</numerusform>
            <numerusform>%Ln фрагмента</numerusform>
            <numerusform>%Ln фрагментов</numerusform>
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
        <translation>Частота</translation>
    </message>
    <message>
        <source>Collocates</source>
        <translation>Коллокаты</translation>
    </message>
    <message>
        <source>Hits once per article (newest version)</source>
        <translation>по разу на статью</translation>
    </message>
    <message>
        <source>Hits in every version</source>
        <translation>в каждой версии</translation>
    </message>
    <message>
        <source>Count a hit once per article, in its newest version, or in each version of it (quote-stripped copies too)</source>
        <translation>Считать вхождение один раз на статью, в её новейшей версии, или в каждой её версии (и в копиях без кавычек)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Считать</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Корпус</translation>
    </message>
    <message>
        <source>Type a word or a &quot;phrase&quot; in the search box to see every hit in its context.</source>
        <translation>Введите слово или «фразу» в поле поиска, чтобы увидеть каждое вхождение в контексте.</translation>
    </message>
    <message>
        <source>Finding hits…</source>
        <translation>Поиск вхождений…</translation>
    </message>
    <message>
        <source>Sorting hits…</source>
        <translation>Сортировка вхождений…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>%Ln вхождение</numerusform>
            <numerusform>%Ln вхождения</numerusform>
            <numerusform>%Ln вхождений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>в %Ln статье</numerusform>
            <numerusform>в %Ln статьях</numerusform>
            <numerusform>в %Ln статьях</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s) sorted</source>
        <translation>
            <numerusform>Отсортировано %Ln вхождение</numerusform>
            <numerusform>Отсортировано %Ln вхождения</numerusform>
            <numerusform>Отсортировано %Ln вхождений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — the newest %Ln; more hits exist</source>
        <translation>
            <numerusform> — новейшее %Ln; есть и другие вхождения</numerusform>
            <numerusform> — новейшие %Ln; есть и другие вхождения</numerusform>
            <numerusform> — новейшие %Ln; есть и другие вхождения</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hits (%1) in articles (%2)</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 so far, %2 — more as you scroll</source>
        <translation>Пока %1 %2 — остальные при прокрутке</translation>
    </message>
    <message>
        <source>Search for a word first: the concordance lists its hits.</source>
        <translation>Сначала найдите слово: конкорданс показывает его вхождения.</translation>
    </message>
    <message>
        <source>Export Concordance</source>
        <translation>Экспорт конкорданса</translation>
    </message>
    <message>
        <source>The hits are still being sorted: export when the first lines show.</source>
        <translation>Вхождения ещё сортируются: экспортируйте, когда появятся первые строки.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>all articles</source>
        <translation>все статьи</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Counting hits: reading every matching text…</source>
        <translation>Подсчёт вхождений: чтение каждого подходящего текста…</translation>
    </message>
    <message>
        <source>No dated article matches.</source>
        <translation>Нет подходящих статей с датой.</translation>
    </message>
    <message>
        <source>Click a period, or drag across several, to list their articles.</source>
        <translation>Щёлкните период или протяните по нескольким, чтобы показать их статьи.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) without a date are not counted.</source>
        <translation>
            <numerusform>%Ln статья без даты не учтена.</numerusform>
            <numerusform>%Ln статьи без даты не учтены.</numerusform>
            <numerusform>%Ln статей без даты не учтены.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chart to export yet.</source>
        <translation>Экспортировать пока нечего: графика нет.</translation>
    </message>
    <message>
        <source>Export Frequency</source>
        <translation>Экспорт частот</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>The file could not be written:

%1</source>
        <translation>Не удалось записать файл:

%1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Type a word or a &quot;phrase&quot; in the search box to see the words that keep it company.</source>
        <translation>Введите слово или «фразу» в поле поиска, чтобы увидеть слова из его окружения.</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln matching text(s)</source>
        <translation>
            <numerusform>в %Ln подходящем тексте</numerusform>
            <numerusform>в %Ln подходящих текстах</numerusform>
            <numerusform>в %Ln подходящих текстах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Words within ±%Ln word(s) of %1, by log-likelihood (G²)</source>
        <translation>
            <numerusform>Слова в пределах ±%Ln слова от «%1», по логарифмическому правдоподобию (G²)</numerusform>
            <numerusform>Слова в пределах ±%Ln слов от «%1», по логарифмическому правдоподобию (G²)</numerusform>
            <numerusform>Слова в пределах ±%Ln слов от «%1», по логарифмическому правдоподобию (G²)</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated from a sample of the texts: with a hit, %1 of %2; in all, %3 of %4.</source>
        <translation>Оценка по выборке текстов: с вхождением — %1 из %2; всего — %3 из %4.</translation>
    </message>
    <message>
        <source>There are no collocates to export yet.</source>
        <translation>Экспортировать пока нечего: коллокатов нет.</translation>
    </message>
    <message>
        <source>Export Collocates</source>
        <translation>Экспорт коллокатов</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln слово</numerusform>
            <numerusform>%Ln слова</numerusform>
            <numerusform>%Ln слов</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Экспорт в %1…</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Экспортировано: %1 в %2</translation>
    </message>
    <message>
        <source>The export could not be written:

%1</source>
        <translation>Не удалось записать экспорт:

%1</translation>
    </message>
    <message>
        <source>The corpus view could not be read: %1</source>
        <translation>Не удалось прочитать данные для корпуса: %1</translation>
    </message>
</context>
<context>
    <name>CreatorName</name>
    <message>
        <source>Your Name in Exports</source>
        <translation>Ваше имя в экспорте</translation>
    </message>
    <message>
        <source>Your name, as the creator of the annotations you export
(W3C Web Annotation files record it):</source>
        <translation>Ваше имя как автора экспортируемых аннотаций
(его записывают файлы W3C Web Annotation):</translation>
    </message>
</context>
<context>
    <name>DriftCounts</name>
    <message>
        <source>No drift against its translations (%1)</source>
        <translation>Расхождений с переводами нет (%1)</translation>
    </message>
    <message>
        <source>Mismatches still to look at against each translation: %1 (Ctrl+D reads them in parallel)</source>
        <translation>Непросмотренные расхождения с каждым переводом: %1 (Ctrl+D — читать параллельно)</translation>
    </message>
    <message>
        <source>The drift of some articles could not be counted: %1</source>
        <translation>Не удалось подсчитать расхождения некоторых статей: %1</translation>
    </message>
</context>
<context>
    <name>DriftList</name>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>процент</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>аббревиатура</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>веб-адрес</translation>
    </message>
    <message>
        <source>quotation</source>
        <translation>цитата</translation>
    </message>
    <message>
        <source>negation</source>
        <translation>отрицание</translation>
    </message>
    <message>
        <source>sentence with no counterpart</source>
        <translation>предложение без соответствия</translation>
    </message>
    <message>
        <source>paragraph with no counterpart</source>
        <translation>абзац без соответствия</translation>
    </message>
    <message>
        <source>The %1 “%2” is in %3 and not in %4</source>
        <translation>%3: %1 «%2» — в %4 этого нет</translation>
    </message>
    <message>
        <source>Show accepted</source>
        <translation>Показать принятые</translation>
    </message>
    <message>
        <source>The mismatch is fine: do not list it again for this pair (A)</source>
        <translation>Расхождение допустимо: больше не показывать его для этой пары (A)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Stated in one edition only</source>
        <translation>Есть только в одном издании</translation>
    </message>
    <message>
        <source> · accepted</source>
        <translation> · принято</translation>
    </message>
    <message numerus="yes">
        <source>Drift: %Ln mismatch(es) to look at</source>
        <translation>
            <numerusform>Расхождения: %Ln непросмотренное</numerusform>
            <numerusform>Расхождения: %Ln непросмотренных</numerusform>
            <numerusform>Расхождения: %Ln непросмотренных</numerusform>
        </translation>
    </message>
    <message>
        <source>Drift: no mismatch to look at</source>
        <translation>Расхождения: просматривать нечего</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln accepted as fine</source>
        <comment>mismatches</comment>
        <translation>
            <numerusform> · %Ln принято как допустимое</numerusform>
            <numerusform> · %Ln принято как допустимые</numerusform>
            <numerusform> · %Ln принято как допустимые</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Fine After All</source>
        <translation>Всё же недопустимо</translation>
    </message>
    <message>
        <source>Accept as Fine</source>
        <translation>Принять как допустимое</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Your library is empty</source>
        <translation>Ваша библиотека пуста</translation>
    </message>
    <message>
        <source>Import dump files from a news site to start reading, tagging and comparing.
You can also drop files or folders anywhere on this window.</source>
        <translation>Импортируйте файлы дампов новостного сайта, чтобы читать, ставить теги и сравнивать.
Файлы и папки можно также перетащить в любое место этого окна.</translation>
    </message>
    <message>
        <source>Import the Sample Dumps</source>
        <translation>Импорт примеров дампов</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation>Импорт файлов…</translation>
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
        <translation>статьи с версиями, тегами и аннотациями (документированный формат Qalam)</translation>
    </message>
    <message>
        <source>Markdown (with highlights and notes)…</source>
        <translation>Markdown (с выделениями и заметками)…</translation>
    </message>
    <message>
        <source>articles to read, with highlights and notes</source>
        <translation>статьи для чтения, с выделениями и заметками</translation>
    </message>
    <message>
        <source>CSV, One Row per Article…</source>
        <translation>CSV, строка на статью…</translation>
    </message>
    <message>
        <source>one row per article, for spreadsheets (UTF-8 with a byte-order mark)</source>
        <translation>по строке на статью, для электронных таблиц (UTF-8 с меткой порядка байтов)</translation>
    </message>
    <message>
        <source>annotations as W3C Web Annotation JSON-LD (Hypothesis and other annotation tools read it; qalam import-annotations reads it back)</source>
        <translation>аннотации в формате W3C Web Annotation JSON-LD (его читают Hypothesis и другие инструменты аннотирования; qalam import-annotations загружает обратно)</translation>
    </message>
    <message>
        <source>one row per annotation, for spreadsheets and QDA tools (UTF-8 with a byte-order mark)</source>
        <translation>по строке на аннотацию, для электронных таблиц и программ QDA (UTF-8 с меткой порядка байтов)</translation>
    </message>
    <message>
        <source>Citations as CSL-JSON (Zotero, Pandoc)…</source>
        <translation>Библиографические ссылки в CSL-JSON (Zotero, Pandoc)…</translation>
    </message>
    <message>
        <source>citations as CSL-JSON (Zotero, Mendeley, Pandoc, citeproc)</source>
        <translation>библиографические ссылки в CSL-JSON (Zotero, Mendeley, Pandoc, citeproc)</translation>
    </message>
    <message>
        <source>Citations as RIS (Zotero, EndNote)…</source>
        <translation>Библиографические ссылки в RIS (Zotero, EndNote)…</translation>
    </message>
    <message>
        <source>citations as RIS (Zotero, EndNote, Mendeley)</source>
        <translation>библиографические ссылки в RIS (Zotero, EndNote, Mendeley)</translation>
    </message>
    <message>
        <source>Citations as BibLaTeX…</source>
        <translation>Библиографические ссылки в BibLaTeX…</translation>
    </message>
    <message>
        <source>citations as BibLaTeX @article with entrysubtype newspaper (biber, Pandoc, Better BibTeX)</source>
        <translation>библиографические ссылки в BibLaTeX: @article с entrysubtype newspaper (biber, Pandoc, Better BibTeX)</translation>
    </message>
    <message>
        <source>Annotations as W3C Web Annotation JSON-LD…</source>
        <translation>Аннотации в формате W3C Web Annotation JSON-LD…</translation>
    </message>
    <message>
        <source>Annotations as CSV…</source>
        <translation>Аннотации в CSV…</translation>
    </message>
    <message>
        <source>REFI-QDA Project (.qdpx)…</source>
        <translation>Проект REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>REFI-QDA project for NVivo, ATLAS.ti, MAXQDA, QualCoder: versions, codes, codings, coders, notes</source>
        <translation>проект REFI-QDA для NVivo, ATLAS.ti, MAXQDA, QualCoder: версии, коды, кодирования, кодировщики, заметки</translation>
    </message>
    <message>
        <source>REFI-QDA Codebook (.qdc)…</source>
        <translation>Книга кодов REFI-QDA (.qdc)…</translation>
    </message>
    <message>
        <source>the codebook alone, as a REFI-QDA codebook</source>
        <translation>только книга кодов, в формате REFI-QDA</translation>
    </message>
</context>
<context>
    <name>ExportsController</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Whole &amp;Library</source>
        <translation>Вся &amp;библиотека</translation>
    </message>
    <message>
        <source>&amp;Selected Articles</source>
        <translation>&amp;Выбранные статьи</translation>
    </message>
    <message>
        <source>This &amp;Article</source>
        <translation>Эта &amp;статья</translation>
    </message>
    <message>
        <source>Choose the articles to export first.</source>
        <translation>Сначала выберите статьи для экспорта.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Экспорт в %1…</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Экспортировано: %1 в %2</translation>
    </message>
    <message>
        <source>The export could not be written:

%1</source>
        <translation>Не удалось записать экспорт:

%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln аннотация</numerusform>
            <numerusform>%Ln аннотации</numerusform>
            <numerusform>%Ln аннотаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln код</numerusform>
            <numerusform>%Ln кода</numerusform>
            <numerusform>%Ln кодов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статьи</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrequenciesTab</name>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Фрагменты</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Считать</translation>
    </message>
    <message>
        <source>per</source>
        <translation>по</translation>
    </message>
    <message>
        <source>No coded passages match these options.</source>
        <translation>Нет закодированных фрагментов, подходящих под эти параметры.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Все коды</translation>
    </message>
    <message>
        <source>%1 per %2, by code</source>
        <translation>%1 (%2), по кодам</translation>
    </message>
</context>
<context>
    <name>FrequencyPane</name>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Вхождения</translation>
    </message>
    <message>
        <source>Count matching articles, or every hit in their texts (slower: the texts are read)</source>
        <translation>Считать подходящие статьи или каждое вхождение в их текстах (медленнее: тексты читаются)</translation>
    </message>
    <message>
        <source>Per 1,000 articles</source>
        <translation>На 1000 статей</translation>
    </message>
    <message>
        <source>Relative frequency: per 1,000 articles of the period</source>
        <translation>Относительная частота: на 1000 статей периода</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>По источникам</translation>
    </message>
    <message>
        <source>Compare with…  (queries separated by ;)</source>
        <translation>Сравнить с…  (запросы через ;)</translation>
    </message>
    <message>
        <source>More queries to draw beside the search, separated by semicolons: parliament; &quot;rule of law&quot;</source>
        <translation>Другие запросы для графика рядом с поиском, через точку с запятой: парламент; &quot;верховенство права&quot;</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>График в PNG…</translation>
    </message>
    <message>
        <source>Chart as SVG…</source>
        <translation>График в SVG…</translation>
    </message>
    <message>
        <source>Numbers as CSV…</source>
        <translation>Числа в CSV…</translation>
    </message>
    <message>
        <source>hits per 1,000 articles</source>
        <translation>вхождений на 1000 статей</translation>
    </message>
    <message>
        <source>hits</source>
        <translation>вхождения</translation>
    </message>
    <message>
        <source>per 1,000 articles</source>
        <translation>на 1000 статей</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>статьи</translation>
    </message>
    <message numerus="yes">
        <source>(of %Ln article(s))</source>
        <translation>
            <numerusform>(из %Ln статьи)</numerusform>
            <numerusform>(из %Ln статей)</numerusform>
            <numerusform>(из %Ln статей)</numerusform>
        </translation>
    </message>
    <message>
        <source>Frequency over time</source>
        <translation>Частота во времени</translation>
    </message>
</context>
<context>
    <name>HighlightColors</name>
    <message>
        <source>highlight</source>
        <translation>выделение</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>утверждение</translation>
    </message>
    <message>
        <source>term</source>
        <translation>термин</translation>
    </message>
    <message>
        <source>question</source>
        <translation>вопрос</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>доказательство</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>проверить</translation>
    </message>
</context>
<context>
    <name>HighlightLayer</name>
    <message>
        <source>Placed approximately: this version&apos;s text differs slightly from where it was made</source>
        <translation>Размещено приблизительно: текст этой версии немного отличается от того, где выделение было сделано</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Выделить</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>другой человек</translation>
    </message>
    <message>
        <source>Highlight by %1 (read-only)</source>
        <translation>Выделение автора %1 (только для чтения)</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>Изменить заметку…</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>Удалить выделение</translation>
    </message>
</context>
<context>
    <name>HighlightPopup</name>
    <message>
        <source>Highlight as “%1” (%2)</source>
        <translation>Выделить как «%1» (%2)</translation>
    </message>
</context>
<context>
    <name>ImportLogDialog</name>
    <message>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>уже импортирован</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>Import Log</source>
        <translation>Журнал импорта</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>New articles</source>
        <translation>Новые статьи</translation>
    </message>
    <message>
        <source>New versions</source>
        <translation>Новые версии</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Choose a file to see its warnings or errors.</source>
        <translation>Выберите файл, чтобы увидеть его предупреждения или ошибки.</translation>
    </message>
    <message numerus="yes">
        <source>imported, %n warning(s)</source>
        <translation>
            <numerusform>импортирован, %n предупреждение</numerusform>
            <numerusform>импортирован, %n предупреждения</numerusform>
            <numerusform>импортирован, %n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s)</source>
        <translation>
            <numerusform>%Ln новая статья</numerusform>
            <numerusform>%Ln новые статьи</numerusform>
            <numerusform>%Ln новых статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new version(s)</source>
        <translation>
            <numerusform>%Ln новая версия</numerusform>
            <numerusform>%Ln новые версии</numerusform>
            <numerusform>%Ln новых версий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln occurrence(s)</source>
        <translation>
            <numerusform>%Ln публикация</numerusform>
            <numerusform>%Ln публикации</numerusform>
            <numerusform>%Ln публикаций</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop after the file being imported now; nothing is left half-imported</source>
        <translation>Остановить после текущего файла; ничего не останется импортированным наполовину</translation>
    </message>
    <message>
        <source>Starting import…</source>
        <translation>Начинается импорт…</translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation>Импорт %1 из %2: %3</translation>
    </message>
    <message>
        <source>Imported %1 of %2</source>
        <translation>Импортировано %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) imported</source>
        <translation>
            <numerusform>импортирован %Ln файл</numerusform>
            <numerusform>импортировано %Ln файла</numerusform>
            <numerusform>импортировано %Ln файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <comment>files</comment>
        <translation>
            <numerusform>%Ln уже в библиотеке</numerusform>
            <numerusform>%Ln уже в библиотеке</numerusform>
            <numerusform>%Ln уже в библиотеке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with warnings</source>
        <comment>files</comment>
        <translation>
            <numerusform>%Ln с предупреждениями</numerusform>
            <numerusform>%Ln с предупреждениями</numerusform>
            <numerusform>%Ln с предупреждениями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <comment>files</comment>
        <translation>
            <numerusform>%Ln с ошибкой</numerusform>
            <numerusform>%Ln с ошибкой</numerusform>
            <numerusform>%Ln с ошибкой</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: </source>
        <translation>Импорт отменён: </translation>
    </message>
    <message>
        <source>Import done: </source>
        <translation>Импорт завершён: </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s)</source>
        <translation>
            <numerusform>%Ln новая статья</numerusform>
            <numerusform>%Ln новые статьи</numerusform>
            <numerusform>%Ln новых статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Подробнее…</translation>
    </message>
    <message>
        <source>Import problems: details…</source>
        <translation>Проблемы импорта: подробнее…</translation>
    </message>
</context>
<context>
    <name>ImportsController</name>
    <message>
        <source>This library is read-only: dumps cannot be imported into it.</source>
        <translation>Эта библиотека доступна только для чтения: импортировать в неё дампы нельзя.</translation>
    </message>
    <message>
        <source>Import Dump Files</source>
        <translation>Импорт файлов дампов</translation>
    </message>
    <message>
        <source>Dump files (*.txt *.txt.gz *.gz);;All files (*)</source>
        <translation>Файлы дампов (*.txt *.txt.gz *.gz);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import Every Dump in a Folder</source>
        <translation>Импорт всех дампов из папки</translation>
    </message>
    <message>
        <source>Inbox Folder: Dumps Saved Here Are Imported Automatically</source>
        <translation>Папка «Входящие»: сохранённые сюда дампы импортируются автоматически</translation>
    </message>
    <message>
        <source>Watching %1 for new dumps.</source>
        <translation>Папка %1 отслеживается: новые дампы будут импортированы.</translation>
    </message>
</context>
<context>
    <name>KwicModel</name>
    <message>
        <source>Left context</source>
        <translation>Левый контекст</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Вхождение</translation>
    </message>
    <message>
        <source>Right context</source>
        <translation>Правый контекст</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
</context>
<context>
    <name>KwicPane</name>
    <message>
        <source>Date, newest first</source>
        <translation>Дата, сначала новые</translation>
    </message>
    <message>
        <source>1st word left</source>
        <translation>1-е слово слева</translation>
    </message>
    <message>
        <source>2nd word left</source>
        <translation>2-е слово слева</translation>
    </message>
    <message>
        <source>3rd word left</source>
        <translation>3-е слово слева</translation>
    </message>
    <message>
        <source>1st word right</source>
        <translation>1-е слово справа</translation>
    </message>
    <message>
        <source>2nd word right</source>
        <translation>2-е слово справа</translation>
    </message>
    <message>
        <source>3rd word right</source>
        <translation>3-е слово справа</translation>
    </message>
    <message>
        <source>Order the lines by date, or by the words on either side of the hit (as AntConc does)</source>
        <translation>Упорядочить строки по дате или по словам с любой стороны от вхождения (как в AntConc)</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> символов</translation>
    </message>
    <message>
        <source>How much context to show on each side of the hit</source>
        <translation>Сколько контекста показывать с каждой стороны от вхождения</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Write every line of the concordance to a CSV file</source>
        <translation>Записать все строки конкорданса в файл CSV</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Сортировка</translation>
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
        <translation>&amp;Язык</translation>
    </message>
</context>
<context>
    <name>LibraryOpening</name>
    <message>
        <source>The library could not be opened.

%1</source>
        <translation>Не удалось открыть библиотеку.

%1</translation>
    </message>
    <message>
        <source>There is no library at
%1

Create a new, empty library there?</source>
        <translation>По адресу
%1
нет библиотеки.

Создать там новую, пустую библиотеку?</translation>
    </message>
    <message>
        <source>Create Library</source>
        <translation>Создать библиотеку</translation>
    </message>
    <message>
        <source>The library
%1
is damaged (%2). Nothing will be written to it.

Copy everything that can still be read into a new library,
%3,
and open that? The damaged file is kept.</source>
        <translation>Библиотека
%1
повреждена (%2). В неё ничего не будет записано.

Скопировать всё, что ещё можно прочитать, в новую библиотеку
%3
и открыть её? Повреждённый файл сохранится.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Nothing could be recovered.

%1</source>
        <translation>Ничего не удалось восстановить.

%1</translation>
    </message>
    <message>
        <source>The library file is damaged (%1). Nothing more is written to it.

Quit Qalam and start it again: it will offer to copy what can still be read into a new library.</source>
        <translation>Файл библиотеки повреждён (%1). В него больше ничего не записывается.

Закройте Qalam и запустите снова: программа предложит скопировать всё, что ещё можно прочитать, в новую библиотеку.</translation>
    </message>
</context>
<context>
    <name>LibrarySession</name>
    <message>
        <source>This library is read-only (its file or folder cannot be written): nothing was changed.</source>
        <translation>Эта библиотека доступна только для чтения (её файл или папку нельзя изменить): ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>LinkTranslationDialog</name>
    <message>
        <source>Link as Translation</source>
        <translation>Связать как перевод</translation>
    </message>
    <message>
        <source>Link “%1” as a translation of:</source>
        <translation>Связать «%1» как перевод статьи:</translation>
    </message>
    <message>
        <source>Search titles and texts; empty lists the articles of the same day</source>
        <translation>Поиск по заголовкам и текстам; пустое поле показывает статьи того же дня</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Связать</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
</context>
<context>
    <name>ListController</name>
    <message>
        <source>Mark Read</source>
        <translation>Отметить прочитанным</translation>
    </message>
    <message>
        <source>Mark Unread</source>
        <translation>Отметить непрочитанным</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Пометить</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Снять пометку</translation>
    </message>
    <message>
        <source>No articles: %1</source>
        <translation>Нет статей: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статьи</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ article(s)</source>
        <comment>the rows found so far, while the list is still counted</comment>
        <translation>
            <numerusform>%Ln+ статья</numerusform>
            <numerusform>%Ln+ статьи</numerusform>
            <numerusform>%Ln+ статей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Read, annotate and compare news articles offline.</source>
        <translation>Чтение, аннотирование и сравнение новостных статей без подключения к сети.</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Библиотека:</translation>
    </message>
    <message>
        <source>About Qalam</source>
        <translation>О программе Qalam</translation>
    </message>
    <message>
        <source>Demo library (discarded on exit)</source>
        <translation>Демо-библиотека (удаляется при выходе)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (только чтение)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>The layout is back as it was at first.</source>
        <translation>Расположение возвращено в исходное.</translation>
    </message>
    <message>
        <source>The library could not be changed</source>
        <translation>Не удалось изменить библиотеку</translation>
    </message>
    <message>
        <source>The library could not be read</source>
        <translation>Не удалось прочитать библиотеку</translation>
    </message>
</context>
<context>
    <name>ParallelEditor</name>
    <message>
        <source>Move Row Boundary</source>
        <translation>Перенос границы строки</translation>
    </message>
    <message>
        <source>There is no such row.</source>
        <translation>Такой строки нет.</translation>
    </message>
    <message>
        <source>This row is one sentence on each side: there is nothing to split.</source>
        <translation>В этой строке по одному предложению с каждой стороны: делить нечего.</translation>
    </message>
    <message>
        <source>This is the first row: there is no row before it to merge it with.</source>
        <translation>Это первая строка: перед ней нет строки для объединения.</translation>
    </message>
    <message>
        <source>This is the last row: there is no row after it to merge it with.</source>
        <translation>Это последняя строка: после неё нет строки для объединения.</translation>
    </message>
    <message>
        <source>This row has nothing on that side to move.</source>
        <translation>В этой строке на той стороне нечего переносить.</translation>
    </message>
    <message>
        <source>This is the first row: there is no row above to move the segment to.</source>
        <translation>Это первая строка: выше нет строки, куда перенести сегмент.</translation>
    </message>
    <message>
        <source>This is the last row: there is no row below to move the segment to.</source>
        <translation>Это последняя строка: ниже нет строки, куда перенести сегмент.</translation>
    </message>
    <message>
        <source>There is no such boundary between rows.</source>
        <translation>Такой границы между строками нет.</translation>
    </message>
    <message>
        <source>The boundary is already there.</source>
        <translation>Граница уже здесь.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>left</source>
        <translation>левое</translation>
    </message>
    <message>
        <source>right</source>
        <translation>правое</translation>
    </message>
    <message>
        <source>No mismatch to look at between these editions.</source>
        <translation>Между этими изданиями нет расхождений для просмотра.</translation>
    </message>
    <message>
        <source>Choose a mismatch first: F7 steps through them.</source>
        <translation>Сначала выберите расхождение: F7 переходит по ним.</translation>
    </message>
    <message>
        <source>Accepted as fine for this pair. Ctrl+Z takes it back.</source>
        <translation>Принято как допустимое для этой пары. Ctrl+Z отменяет.</translation>
    </message>
    <message>
        <source>Choose two different editions to correct how they are aligned.</source>
        <translation>Выберите два разных издания, чтобы исправить их выравнивание.</translation>
    </message>
    <message>
        <source>Split Row</source>
        <translation>Разделение строки</translation>
    </message>
    <message>
        <source>Merge Rows</source>
        <translation>Объединение строк</translation>
    </message>
    <message>
        <source>Move Segment</source>
        <translation>Перенос сегмента</translation>
    </message>
    <message>
        <source>This pair is aligned automatically: there is nothing to reset.</source>
        <translation>Эта пара выровнена автоматически: сбрасывать нечего.</translation>
    </message>
    <message>
        <source>Accept “%1” as Fine</source>
        <translation>Принять «%1» как допустимое</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <source>stated in %1, not in %2</source>
        <translation>есть в %1, нет в %2</translation>
    </message>
    <message>
        <source>Aligned by hand (Reset Alignment undoes every correction of the pair)</source>
        <translation>Выровнено вручную («Сбросить выравнивание» отменяет все исправления пары)</translation>
    </message>
</context>
<context>
    <name>ParallelSummary</name>
    <message numerus="yes">
        <source>%Ln aligned row(s)</source>
        <translation>
            <numerusform>%Ln выровненная строка</numerusform>
            <numerusform>%Ln выровненные строки</numerusform>
            <numerusform>%Ln выровненных строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln corrected by hand</source>
        <comment>aligned rows</comment>
        <translation>
            <numerusform>%Ln исправлена вручную</numerusform>
            <numerusform>%Ln исправлены вручную</numerusform>
            <numerusform>%Ln исправлено вручную</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mismatch(es) to look at</source>
        <translation>
            <numerusform>%Ln расхождение для просмотра</numerusform>
            <numerusform>%Ln расхождения для просмотра</numerusform>
            <numerusform>%Ln расхождений для просмотра</numerusform>
        </translation>
    </message>
    <message>
        <source>no mismatches to look at</source>
        <translation>расхождений для просмотра нет</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln accepted)</source>
        <comment>mismatches</comment>
        <translation>
            <numerusform>(%Ln принято)</numerusform>
            <numerusform>(%Ln принято)</numerusform>
            <numerusform>(%Ln принято)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln correction(s) made by hand no longer fit these texts (the words at the boundary are gone) and were set aside.</source>
        <translation>
            <numerusform>%Ln ручное исправление больше не подходит к этим текстам (слов у границы больше нет) и отложено.</numerusform>
            <numerusform>%Ln ручных исправления больше не подходят к этим текстам (слов у границы больше нет) и отложены.</numerusform>
            <numerusform>%Ln ручных исправлений больше не подходят к этим текстам (слов у границы больше нет) и отложены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParallelView</name>
    <message>
        <source>Reset Alignment</source>
        <translation>Сброс выравнивания</translation>
    </message>
    <message>
        <source>Accept “%1” as Fine</source>
        <translation>Принять «%1» как допустимое</translation>
    </message>
    <message>
        <source>Take Back “%1”</source>
        <translation>Вернуть «%1»</translation>
    </message>
</context>
<context>
    <name>ProjectionController</name>
    <message>
        <source>Confirm Projection</source>
        <translation>Подтверждение проекции</translation>
    </message>
    <message>
        <source>Highlights of the translations could not be projected: %1</source>
        <translation>Не удалось спроецировать выделения переводов: %1</translation>
    </message>
    <message>
        <source>Projected from the %1 edition: “%2”</source>
        <translation>Спроецировано из издания %1: «%2»</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Заметка: %1</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>Коды: %1</translation>
    </message>
    <message>
        <source>Select the words it stands for and Confirm Projection (Ctrl+Shift+P) to highlight them here.</source>
        <translation>Выделите слова, которым оно соответствует, и подтвердите проекцию (Ctrl+Shift+P), чтобы выделить их здесь.</translation>
    </message>
    <message>
        <source>Select text on a projected highlight (dashed underline) to confirm it.</source>
        <translation>Выделите текст на спроецированном выделении (пунктирное подчёркивание), чтобы подтвердить его.</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>Version %1 of %2</source>
        <translation>Версия %1 из %2</translation>
    </message>
    <message>
        <source>the first seen</source>
        <translation>первая встреченная</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Тег…</translation>
    </message>
    <message>
        <source>Add a tag (T)</source>
        <translation>Добавить тег (T)</translation>
    </message>
    <message>
        <source>This article was seen with different texts; choose which version to read</source>
        <translation>Эта статья встречалась с разными текстами; выберите версию для чтения</translation>
    </message>
    <message>
        <source>Star (S)</source>
        <translation>Пометить (S)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Compare the versions side by side (Ctrl+D)</source>
        <translation>Сравнить версии рядом (Ctrl+D)</translation>
    </message>
    <message>
        <source>Select an article to read it.

J / K move through the list · / searches</source>
        <translation>Выберите статью, чтобы прочитать её.

J / K — перемещение по списку · / — поиск</translation>
    </message>
    <message>
        <source>Reader text size: %1 pt (Ctrl+0 resets)</source>
        <translation>Размер текста: %1 пт (Ctrl+0 — сбросить)</translation>
    </message>
    <message>
        <source>This article has no stored text.</source>
        <translation>У этой статьи нет сохранённого текста.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s), seen in %1:</source>
        <translation>
            <numerusform>%Ln символ, встречается в %1:</numerusform>
            <numerusform>%Ln символа, встречается в %1:</numerusform>
            <numerusform>%Ln символов, встречается в %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n месте</numerusform>
            <numerusform>%n местах</numerusform>
            <numerusform>%n местах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>1 version · %n place(s)</source>
        <translation>
            <numerusform>1 версия · %n место</numerusform>
            <numerusform>1 версия · %n места</numerusform>
            <numerusform>1 версия · %n мест</numerusform>
        </translation>
    </message>
    <message>
        <source>This article has no web source to open.</source>
        <translation>У этой статьи нет веб-источника.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>This version has no text (the dump may have been cut off).</source>
        <translation>В этой версии нет текста (возможно, дамп обрезан).</translation>
    </message>
</context>
<context>
    <name>RecoverySummary</name>
    <message numerus="yes">
        <source>Recovered %Ln row(s) into %1; nothing was lost.</source>
        <translation>
            <numerusform>В %1 восстановлена %Ln строка; ничего не потеряно.</numerusform>
            <numerusform>В %1 восстановлены %Ln строки; ничего не потеряно.</numerusform>
            <numerusform>В %1 восстановлено %Ln строк; ничего не потеряно.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln damaged stretch(es)</source>
        <translation>
            <numerusform>%Ln повреждённый участок</numerusform>
            <numerusform>%Ln повреждённых участка</numerusform>
            <numerusform>%Ln повреждённых участков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) dropped</source>
        <translation>
            <numerusform>%Ln строка потеряна</numerusform>
            <numerusform>%Ln строки потеряны</numerusform>
            <numerusform>%Ln строк потеряно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recovered %Ln row(s) into %1; rows were lost in %2.</source>
        <translation>
            <numerusform>В %1 восстановлена %Ln строка; потеряны строки в: %2.</numerusform>
            <numerusform>В %1 восстановлены %Ln строки; потеряны строки в: %2.</numerusform>
            <numerusform>В %1 восстановлено %Ln строк; потеряны строки в: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedSearchDialog</name>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>words, &quot;phrases&quot;, tag:, date:… (as in the search box)</source>
        <translation>слова, &quot;фразы&quot;, tag:, date:… (как в поле поиска)</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Поиск:</translation>
    </message>
    <message>
        <source>Sidebar:</source>
        <translation>Боковая панель:</translation>
    </message>
    <message>
        <source>Use the sidebar filter now on instead: %1</source>
        <translation>Взамен использовать текущий фильтр боковой панели: %1</translation>
    </message>
</context>
<context>
    <name>SavedSearchesController</name>
    <message>
        <source>A saved search needs a name.</source>
        <translation>У сохранённого поиска должно быть имя.</translation>
    </message>
    <message>
        <source>There is nothing to save: type a search or pick a sidebar filter first.</source>
        <translation>Сохранять нечего: сначала введите запрос или выберите фильтр на боковой панели.</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Поиск: %1</translation>
    </message>
    <message>
        <source>Sidebar: %1</source>
        <translation>Боковая панель: %1</translation>
    </message>
    <message>
        <source>No longer in the library: %1 (so nothing matches)</source>
        <translation>Больше нет в библиотеке: %1 (поэтому ничего не найдётся)</translation>
    </message>
    <message>
        <source>Type a search or pick a sidebar filter first: that is what a saved search keeps.</source>
        <translation>Сначала введите запрос или выберите фильтр на боковой панели: именно это хранит сохранённый поиск.</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Сохранение поиска</translation>
    </message>
    <message>
        <source>Save Search “%1”</source>
        <translation>Сохранение поиска «%1»</translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <source>Rename Saved Search “%1”</source>
        <translation>Переименование сохранённого поиска «%1»</translation>
    </message>
    <message>
        <source>Edit Saved Search</source>
        <translation>Изменение сохранённого поиска</translation>
    </message>
    <message>
        <source>Edit Saved Search “%1”</source>
        <translation>Изменение сохранённого поиска «%1»</translation>
    </message>
    <message>
        <source>Update Saved Search “%1”</source>
        <translation>Обновление сохранённого поиска «%1»</translation>
    </message>
    <message>
        <source>Delete the saved search “%1”? The articles stay. Edit ▸ Undo brings it back.</source>
        <translation>Удалить сохранённый поиск «%1»? Статьи останутся. Правка ▸ Отменить вернёт его.</translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation>Удаление сохранённого поиска</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete Saved Search “%1”</source>
        <translation>Удаление сохранённого поиска «%1»</translation>
    </message>
    <message>
        <source>Saved search deleted. Ctrl+Z brings it back.</source>
        <translation>Сохранённый поиск удалён. Ctrl+Z вернёт его.</translation>
    </message>
    <message>
        <source>Move Saved Search</source>
        <translation>Перемещение сохранённого поиска</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Replace with the Current Search</source>
        <translation>Заменить текущим поиском</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation>Переименование сохранённого поиска</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search titles and texts. Filters: tag:name  -tag:name  section:News  source:name
date:2026-02  date:2026-02-01..2026-02-28  is:unread  is:starred  has:versions
Use &quot;quotes&quot; for a phrase, or for a word matched exactly. Esc clears.</source>
        <translation>Поиск по заголовкам и текстам. Фильтры: tag:имя  -tag:имя  section:Новости  source:имя
date:2026-02  date:2026-02-01..2026-02-28  is:unread  is:starred  has:versions
&quot;Кавычки&quot; — для фразы или для точного поиска слова. Esc очищает поле.</translation>
    </message>
    <message>
        <source>Search  (/)  — words, &quot;phrases&quot;, tag:, date:2026-02, is:unread…</source>
        <translation>Поиск  (/)  — слова, &quot;фразы&quot;, tag:, date:2026-02, is:unread…</translation>
    </message>
    <message>
        <source>Only the first %1 characters are searched.</source>
        <translation>Поиск идёт только по первым %1 символам.</translation>
    </message>
</context>
<context>
    <name>SearchOptions</name>
    <message>
        <source>Search &amp;Options</source>
        <translation>Параметры &amp;поиска</translation>
    </message>
</context>
<context>
    <name>SearchProblems</name>
    <message>
        <source>%1 is not a date; use date:2026-02 or date:2026-02-01..2026-02-28</source>
        <translation>%1 — не дата; используйте date:2026-02 или date:2026-02-01..2026-02-28</translation>
    </message>
    <message>
        <source>%1 is not a filter</source>
        <translation>%1 — не фильтр</translation>
    </message>
    <message numerus="yes">
        <source>the search has %Ln word(s); only the first %1 are searched</source>
        <translation>
            <numerusform>в запросе %Ln слово; ищутся только первые %1</numerusform>
            <numerusform>в запросе %Ln слова; ищутся только первые %1</numerusform>
            <numerusform>в запросе %Ln слов; ищутся только первые %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the search has %Ln filter(s); at most %1 are used</source>
        <translation>
            <numerusform>в запросе %Ln фильтр; используется не более %1</numerusform>
            <numerusform>в запросе %Ln фильтра; используется не более %1</numerusform>
            <numerusform>в запросе %Ln фильтров; используется не более %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentTable</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Кодировщик</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Фрагмент</translation>
    </message>
    <message>
        <source>(the whole article)</source>
        <translation>(вся статья)</translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <source>Any of the ticked codes (OR)</source>
        <translation>Любым из отмеченных кодов (ИЛИ)</translation>
    </message>
    <message>
        <source>All of the ticked codes, overlapping (AND)</source>
        <translation>Всеми отмеченными кодами, с пересечением (И)</translation>
    </message>
    <message>
        <source>Passages coded with</source>
        <translation>Фрагменты, закодированные</translation>
    </message>
    <message>
        <source>Click a code to tick it, again to exclude it (NOT), again to clear it</source>
        <translation>Щелчок по коду отмечает его, второй — исключает (НЕ), третий — снимает отметку</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Экспорт в Markdown…</translation>
    </message>
    <message>
        <source>Tick one or more codes on the left to list their passages.</source>
        <translation>Отметьте слева один или несколько кодов, чтобы увидеть их фрагменты.</translation>
    </message>
    <message>
        <source> in the articles listed</source>
        <translation> в статьях из списка</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln фрагмент</numerusform>
            <numerusform>%Ln фрагмента</numerusform>
            <numerusform>%Ln фрагментов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln passage(s) to %1</source>
        <translation>
            <numerusform>Экспортирован %Ln фрагмент в %1</numerusform>
            <numerusform>Экспортировано %Ln фрагмента в %1</numerusform>
            <numerusform>Экспортировано %Ln фрагментов в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Coded Segments</source>
        <translation>Экспорт закодированных фрагментов</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Find a key or a command…</source>
        <translation>Найти клавишу или команду…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>All articles</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Непрочитанные</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Помеченные</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>С аннотациями</translation>
    </message>
    <message>
        <source>Several versions</source>
        <translation>Несколько версий</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation>Недавний импорт</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>С правками</translation>
    </message>
    <message numerus="yes">
        <source>Edited: %Ln article(s) with a version that changes words</source>
        <translation>
            <numerusform>Отредактированные: %Ln статья с версией, в которой изменены слова</numerusform>
            <numerusform>Отредактированные: %Ln статьи с версией, в которой изменены слова</numerusform>
            <numerusform>Отредактированные: %Ln статей с версией, в которой изменены слова</numerusform>
        </translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>импортирован %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статьи</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <comment>articles</comment>
        <translation>
            <numerusform>%Ln новая</numerusform>
            <numerusform>%Ln новые</numerusform>
            <numerusform>%Ln новых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new version(s)</source>
        <translation>
            <numerusform>%Ln новая версия</numerusform>
            <numerusform>%Ln новые версии</numerusform>
            <numerusform>%Ln новых версий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): see File ▸ Import Log</source>
        <translation>
            <numerusform>%Ln предупреждение: см. Файл ▸ Журнал импорта</numerusform>
            <numerusform>%Ln предупреждения: см. Файл ▸ Журнал импорта</numerusform>
            <numerusform>%Ln предупреждений: см. Файл ▸ Журнал импорта</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop articles here or press T</source>
        <translation>Перетащите сюда статьи или нажмите T</translation>
    </message>
    <message>
        <source>Corpus ▸ Save Search</source>
        <translation>Корпус ▸ Сохранить поиск</translation>
    </message>
    <message numerus="yes">
        <source>%1 (all tags below it): %Ln article(s)</source>
        <translation>
            <numerusform>%1 (со всеми вложенными тегами): %Ln статья</numerusform>
            <numerusform>%1 (со всеми вложенными тегами): %Ln статьи</numerusform>
            <numerusform>%1 (со всеми вложенными тегами): %Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln article(s)</source>
        <translation>
            <numerusform>%1: %Ln статья</numerusform>
            <numerusform>%1: %Ln статьи</numerusform>
            <numerusform>%1: %Ln статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Click: show · again: exclude · again: clear</source>
        <translation>Щелчок: показать · ещё раз: исключить · ещё раз: сбросить</translation>
    </message>
    <message>
        <source>not %1</source>
        <comment>an excluded filter</comment>
        <translation>не %1</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>No Colour</source>
        <translation>Без цвета</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>Объединить с…</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Удалить тег</translation>
    </message>
    <message>
        <source>Show in Import Log</source>
        <translation>Показать в журнале импорта</translation>
    </message>
    <message>
        <source>New Tag…</source>
        <translation>Новый тег…</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
</context>
<context>
    <name>SpecWords</name>
    <message>
        <source>not %1</source>
        <translation>не %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln import(s)</source>
        <translation>
            <numerusform>%Ln импорт</numerusform>
            <numerusform>%Ln импорта</numerusform>
            <numerusform>%Ln импортов</numerusform>
        </translation>
    </message>
    <message>
        <source>source “%1”</source>
        <translation>источник «%1»</translation>
    </message>
    <message>
        <source>section “%1” of %2</source>
        <translation>раздел «%1» источника %2</translation>
    </message>
    <message>
        <source>tag “%1”</source>
        <translation>тег «%1»</translation>
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
        <translation>Пока нечего показать на диаграмме</translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message>
        <source>Link Suggested Translation</source>
        <translation>Связывание предложенного перевода</translation>
    </message>
    <message>
        <source>Dismiss Suggested Translation</source>
        <translation>Отклонение предложенного перевода</translation>
    </message>
    <message>
        <source>Translations could not be suggested: %1</source>
        <translation>Не удалось предложить переводы: %1</translation>
    </message>
    <message>
        <source>Linked as translations. Ctrl+Z undoes it.</source>
        <translation>Связаны как переводы. Ctrl+Z отменяет.</translation>
    </message>
    <message>
        <source>Not suggested again for these two articles. Ctrl+Z undoes it.</source>
        <translation>Для этих двух статей больше не предлагается. Ctrl+Z отменяет.</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>цвет</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>deleted or not</source>
        <translation>удалено или нет</translation>
    </message>
    <message>
        <source>read mark</source>
        <translation>отметка о прочтении</translation>
    </message>
    <message>
        <source>star</source>
        <translation>пометка</translation>
    </message>
    <message>
        <source>link</source>
        <translation>связь</translation>
    </message>
    <message>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>search</source>
        <translation>поиск</translation>
    </message>
    <message>
        <source>sidebar filter</source>
        <translation>фильтр боковой панели</translation>
    </message>
    <message>
        <source>place in the list</source>
        <translation>место в списке</translation>
    </message>
    <message>
        <source>parent code</source>
        <translation>родительский код</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
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
        <translation>кодировщик</translation>
    </message>
    <message>
        <source>highlight it was confirmed from</source>
        <translation>выделение, из которого она подтверждена</translation>
    </message>
    <message>
        <source>boundary taken away</source>
        <translation>граница убрана</translation>
    </message>
    <message>
        <source>boundary put in</source>
        <translation>граница добавлена</translation>
    </message>
    <message>
        <source>order of the corrections</source>
        <translation>порядок исправлений</translation>
    </message>
    <message>
        <source>edition that states it</source>
        <translation>издание, где это есть</translation>
    </message>
    <message>
        <source>kind of mismatch</source>
        <translation>вид расхождения</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>расхождение</translation>
    </message>
    <message>
        <source>accepted or not</source>
        <translation>принято или нет</translation>
    </message>
    <message>
        <source>dismissed or not</source>
        <translation>отклонено или нет</translation>
    </message>
    <message>
        <source>made or undone</source>
        <translation>сделано или отменено</translation>
    </message>
    <message>
        <source>Highlight “%1”</source>
        <translation>Выделение «%1»</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>Тег «%1»</translation>
    </message>
    <message>
        <source>Tag “%1” on an article</source>
        <translation>Тег «%1» у статьи</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Translation link to “%1”</source>
        <translation>Связь с переводом «%1»</translation>
    </message>
    <message>
        <source>Name of highlight colour %1</source>
        <translation>Название цвета выделения %1</translation>
    </message>
    <message>
        <source>Code “%1”</source>
        <translation>Код «%1»</translation>
    </message>
    <message>
        <source>Coding with “%1”</source>
        <translation>Кодирование кодом «%1»</translation>
    </message>
    <message>
        <source>Saved search “%1”</source>
        <translation>Сохранённый поиск «%1»</translation>
    </message>
    <message>
        <source>Correction of the alignment with “%1”</source>
        <translation>Исправление выравнивания с «%1»</translation>
    </message>
    <message>
        <source>Mismatch “%1” accepted as fine</source>
        <translation>Расхождение «%1» принято как допустимое</translation>
    </message>
    <message>
        <source>Suggested translation “%1” dismissed</source>
        <translation>Предложенный перевод «%1» отклонён</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Accepted as fine</source>
        <translation>Принято как допустимое</translation>
    </message>
    <message>
        <source>Taken back</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Suggested again</source>
        <translation>Снова предлагается</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Сделано</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Не прочитано</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Помечено</translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation>Не помечено</translation>
    </message>
    <message>
        <source>Linked as translations</source>
        <translation>Связаны как переводы</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Связь убрана</translation>
    </message>
    <message>
        <source>Edited the %1: %2</source>
        <translation>Изменено поле «%1»: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Показано сейчас</translation>
    </message>
    <message>
        <source>The other edit</source>
        <translation>Другая правка</translation>
    </message>
    <message>
        <source>No conflicts. When a highlight, note, tag or mark is changed on two devices before either has seen the other&apos;s change, both values are kept and listed here.</source>
        <translation>Конфликтов нет. Если выделение, заметку, тег или отметку изменили на двух устройствах прежде, чем одно увидело правку другого, сохраняются оба значения, и они перечисляются здесь.</translation>
    </message>
    <message>
        <source>deleted and edited</source>
        <translation>удалено и изменено</translation>
    </message>
    <message>
        <source>Sync Conflicts (%1)</source>
        <translation>Конфликты синхронизации (%1)</translation>
    </message>
    <message>
        <source>Sync Conflicts</source>
        <translation>Конфликты синхронизации</translation>
    </message>
    <message>
        <source>Keep Deleted</source>
        <translation>Оставить удалённым</translation>
    </message>
    <message>
        <source>Restore It</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Оставить оба</translation>
    </message>
    <message>
        <source>Merge the Two Tags</source>
        <translation>Объединить два тега</translation>
    </message>
    <message>
        <source>Keep Shown</source>
        <translation>Оставить показанное</translation>
    </message>
    <message>
        <source>Use This One Instead</source>
        <translation>Взять это значение</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync: %1</source>
        <translation>Синхронизация: %1</translation>
    </message>
    <message>
        <source>This library is read-only: it cannot sync.</source>
        <translation>Эта библиотека только для чтения: синхронизировать её нельзя.</translation>
    </message>
    <message>
        <source>Sync stopped. The folder keeps what was sent; choose it again to go on.</source>
        <translation>Синхронизация остановлена. В папке остаётся то, что уже отправлено; выберите её снова, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Sync Conflicts</source>
        <translation>Конфликты синхронизации</translation>
    </message>
</context>
<context>
    <name>SyncFolderDialog</name>
    <message>
        <source>Sync Folder</source>
        <translation>Папка синхронизации</translation>
    </message>
    <message>
        <source>Qalam writes your edits (highlights, notes, tags, stars, read marks, links) as small files into this folder, and reads the other devices&apos; files from it. Keep the folder in step between your machines with Syncthing, Dropbox, OneDrive, Nextcloud or a network share. The library itself is never put there, and nothing leaves this machine except into this folder.</source>
        <translation>Qalam записывает ваши правки (выделения, заметки, теги, пометки, отметки о прочтении, связи) небольшими файлами в эту папку и читает из неё файлы других устройств. Синхронизируйте папку между компьютерами с помощью Syncthing, Dropbox, OneDrive, Nextcloud или сетевой папки. Сама библиотека туда не попадает, и ничто не покидает этот компьютер, кроме как в эту папку.</translation>
    </message>
    <message>
        <source>An empty folder, or one another device already syncs through</source>
        <translation>Пустая папка или та, через которую уже синхронизируется другое устройство</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Also share the dump files (the other devices import them)</source>
        <translation>Передавать и файлы дампов (другие устройства их импортируют)</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ваше имя:</translation>
    </message>
    <message>
        <source>Your name is shown beside your annotations on the other devices.</source>
        <translation>Ваше имя показывается рядом с вашими аннотациями на других устройствах.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Stop Syncing</source>
        <translation>Остановить синхронизацию</translation>
    </message>
    <message>
        <source>Choose the Sync Folder</source>
        <translation>Выбор папки синхронизации</translation>
    </message>
    <message>
        <source>Choose a folder that exists (an empty one, or one Qalam already syncs through).</source>
        <translation>Выберите существующую папку (пустую или ту, через которую Qalam уже синхронизируется).</translation>
    </message>
    <message>
        <source>Give the name your annotations are shown under.</source>
        <translation>Укажите имя, под которым будут показываться ваши аннотации.</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Sync Log</source>
        <translation>Журнал синхронизации</translation>
    </message>
    <message>
        <source>Choose a sync to see what it moved.</source>
        <translation>Выберите синхронизацию, чтобы увидеть, что она передала.</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Конфликты…</translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation>Синхронизация ещё не запускалась.</translation>
    </message>
    <message>
        <source>Nothing to send or receive.</source>
        <translation>Нечего отправлять или получать.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Sync set up</source>
        <translation>Синхронизация настроена</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Синхронизировано в %1</translation>
    </message>
    <message>
        <source>Update Qalam to read changes from %1</source>
        <translation>Обновите Qalam, чтобы прочитать изменения от %1</translation>
    </message>
    <message>
        <source>Click for the sync log.</source>
        <translation>Щёлкните, чтобы открыть журнал синхронизации.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) to send</source>
        <translation>
            <numerusform>%Ln правка к отправке</numerusform>
            <numerusform>%Ln правки к отправке</numerusform>
            <numerusform>%Ln правок к отправке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln конфликт</numerusform>
            <numerusform>%Ln конфликта</numerusform>
            <numerusform>%Ln конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln проблема</numerusform>
            <numerusform>%Ln проблемы</numerusform>
            <numerusform>%Ln проблем</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <source>Remove the tag “%1” from this article</source>
        <translation>Убрать тег «%1» с этой статьи</translation>
    </message>
</context>
<context>
    <name>TagColors</name>
    <message>
        <source>Red</source>
        <translation>Красный</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Оранжевый</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Жёлтый</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Бирюзовый</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Фиолетовый</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Розовый</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Серый</translation>
    </message>
</context>
<context>
    <name>TagNameDialog</name>
    <message>
        <source>e.g. constitution or politics/elections</source>
        <translation>например, конституция или политика/выборы</translation>
    </message>
    <message>
        <source>Use / for a hierarchy: politics/elections</source>
        <translation>Иерархия через /: политика/выборы</translation>
    </message>
</context>
<context>
    <name>TagsController</name>
    <message>
        <source>Remove Tag</source>
        <translation>Убрать тег</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Select articles to tag first.</source>
        <translation>Сначала выберите статьи, которым нужно поставить тег.</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n article(s) with:</source>
        <translation>
            <numerusform>Поставить %n статье тег:</numerusform>
            <numerusform>Поставить %n статьям тег:</numerusform>
            <numerusform>Поставить %n статьям тег:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Добавить тег</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>Тег «%1»</translation>
    </message>
    <message>
        <source>Remove Tag “%1”</source>
        <translation>Убрать тег «%1»</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Нет тегов</translation>
    </message>
    <message>
        <source>Rename “%1” to (an existing name merges the two):</source>
        <translation>Переименовать «%1» в (существующее имя объединит два тега):</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Переименовать тег</translation>
    </message>
    <message>
        <source>Rename Tag “%1”</source>
        <translation>Переименовать тег «%1»</translation>
    </message>
    <message>
        <source>Recolour Tag</source>
        <translation>Изменить цвет тега</translation>
    </message>
    <message>
        <source>There is no other tag to merge into.</source>
        <translation>Нет другого тега, с которым можно объединить.</translation>
    </message>
    <message numerus="yes">
        <source>Move the %Ln article(s) tagged “%1” to:</source>
        <translation>
            <numerusform>Перенести %Ln статью с тегом «%1» в:</numerusform>
            <numerusform>Перенести %Ln статьи с тегом «%1» в:</numerusform>
            <numerusform>Перенести %Ln статей с тегом «%1» в:</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>Объединить тег</translation>
    </message>
    <message>
        <source>Merge Tag “%1”</source>
        <translation>Объединить тег «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? It is removed from %Ln article(s); the articles stay. Edit ▸ Undo brings it back.</source>
        <translation>
            <numerusform>Удалить тег «%1»? Он будет снят с %Ln статьи; сами статьи останутся. Правка ▸ Отменить вернёт его.</numerusform>
            <numerusform>Удалить тег «%1»? Он будет снят с %Ln статей; сами статьи останутся. Правка ▸ Отменить вернёт его.</numerusform>
            <numerusform>Удалить тег «%1»? Он будет снят с %Ln статей; сами статьи останутся. Правка ▸ Отменить вернёт его.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Удалить тег</translation>
    </message>
    <message>
        <source>Delete Tag “%1”</source>
        <translation>Удалить тег «%1»</translation>
    </message>
</context>
<context>
    <name>TranslationStrip</name>
    <message>
        <source>Translations:</source>
        <translation>Переводы:</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>Предложено:</translation>
    </message>
    <message>
        <source>Articles of another language from the same days that state the same figures and names</source>
        <translation>Статьи на другом языке за те же дни с теми же числами и именами</translation>
    </message>
    <message>
        <source>same address, other language</source>
        <translation>тот же адрес, другой язык</translation>
    </message>
    <message>
        <source>linked by hand</source>
        <translation>связан вручную</translation>
    </message>
    <message>
        <source>Read in parallel with “%1” (%2)</source>
        <translation>Читать параллельно со статьёй «%1» (%2)</translation>
    </message>
    <message>
        <source>Perhaps a translation: “%1” (%2, %3), scored %4% by the figures and names it shares: %5</source>
        <translation>Возможно, перевод: «%1» (%2, %3), оценка %4% по общим числам и именам: %5</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>Link as Translation</source>
        <translation>Связать как перевод</translation>
    </message>
    <message>
        <source>Not a Translation (Dismiss)</source>
        <translation>Не перевод (отклонить)</translation>
    </message>
</context>
<context>
    <name>VersionChoices</name>
    <message numerus="yes">
        <source>%Ln character(s), seen in:</source>
        <translation>
            <numerusform>%Ln символ, встречается в:</numerusform>
            <numerusform>%Ln символа, встречается в:</numerusform>
            <numerusform>%Ln символов, встречается в:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Впервые встречена</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Последний раз встречена</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Мест</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длина</translation>
    </message>
    <message>
        <source>Against base</source>
        <translation>Относительно базовой</translation>
    </message>
    <message>
        <source>Compare with Base</source>
        <translation>Сравнить с базовой</translation>
    </message>
    <message>
        <source>Show the selected version side by side with the base</source>
        <translation>Показать выбранную версию рядом с базовой</translation>
    </message>
    <message>
        <source>Compare Selected</source>
        <translation>Сравнить выбранные</translation>
    </message>
    <message>
        <source>Select two versions (Ctrl-click) to compare them</source>
        <translation>Выберите две версии (Ctrl+щелчок), чтобы сравнить их</translation>
    </message>
    <message>
        <source>Set as Base</source>
        <translation>Сделать базовой</translation>
    </message>
    <message>
        <source>Classify the other versions against this one</source>
        <translation>Классифицировать остальные версии относительно этой</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Читать</translation>
    </message>
    <message>
        <source>Show this version in the reader</source>
        <translation>Показать эту версию в области чтения</translation>
    </message>
    <message>
        <source>base</source>
        <translation>базовая</translation>
    </message>
    <message>
        <source>comparing…</source>
        <translation>сравнение…</translation>
    </message>
    <message>
        <source>(reading)</source>
        <translation>(открыта)</translation>
    </message>
    <message>
        <source>same place: seen once</source>
        <translation>там же: встречена один раз</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>импортирован %1</translation>
    </message>
    <message>
        <source>Version %1 (id %2), seen in:</source>
        <translation>Версия %1 (id %2), встречается в:</translation>
    </message>
    <message>
        <source>Select an article to see its versions.</source>
        <translation>Выберите статью, чтобы увидеть её версии.</translation>
    </message>
    <message numerus="yes">
        <source>seen in %n place(s)</source>
        <translation>
            <numerusform>встречается в %n месте</numerusform>
            <numerusform>встречается в %n местах</numerusform>
            <numerusform>встречается в %n местах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n versions, compared against version %1 (the first seen).</source>
        <translation>
            <numerusform>%n версия, сравнение с версией %1 (первой встреченной).</numerusform>
            <numerusform>%n версии, сравнение с версией %1 (первой встреченной).</numerusform>
            <numerusform>%n версий, сравнение с версией %1 (первой встреченной).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n versions, compared against version %1.</source>
        <translation>
            <numerusform>%n версия, сравнение с версией %1.</numerusform>
            <numerusform>%n версии, сравнение с версией %1.</numerusform>
            <numerusform>%n версий, сравнение с версией %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>One version, %1: nothing to compare.</source>
        <translation>Одна версия, %1: сравнивать не с чем.</translation>
    </message>
</context>
</TS>
