<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name>ActionTips</name>
    <message>
        <source>新しい空のプロジェクトを作ります</source>
        <translation>Creates a new, empty project</translation>
    </message>
    <message>
        <source>保存したプロジェクト（.evproj）を開きます</source>
        <translation>Opens a saved project (.evproj)</translation>
    </message>
    <message>
        <source>プロジェクトを今のファイルに保存します</source>
        <translation>Saves the project to its file</translation>
    </message>
    <message>
        <source>プロジェクトを別の名前や場所に保存します</source>
        <translation>Saves the project under another name or in another folder</translation>
    </message>
    <message>
        <source>Excel のブック（昨年度の評価シートなど）や交換用 JSON からシートを取り込みます</source>
        <translation>Imports sheets from an Excel workbook (e.g. last year&apos;s evaluation sheets) or exchange JSON</translation>
    </message>
    <message>
        <source>年度の列、評価対象年度、文字数の上限などプロジェクト全体の設定を変えます</source>
        <translation>Changes the settings of the whole project: year columns, year under review, character limit and more</translation>
    </message>
    <message>
        <source>evaleditor を終わります（保存していない変更があれば確認します）</source>
        <translation>Quits evaleditor (asks first when there are unsaved changes)</translation>
    </message>
    <message>
        <source>直前の変更を取り消します</source>
        <translation>Undoes the last change</translation>
    </message>
    <message>
        <source>取り消した変更をやり直します</source>
        <translation>Redoes the change undone</translation>
    </message>
    <message>
        <source>選んだ文字やセルを切り取ります</source>
        <translation>Cuts the selected text or cells</translation>
    </message>
    <message>
        <source>選んだ文字やセルをコピーします（表は Excel に貼り付けられます）</source>
        <translation>Copies the selected text or cells (tables paste into Excel)</translation>
    </message>
    <message>
        <source>コピーした文字や Excel の範囲を貼り付けます</source>
        <translation>Pastes copied text or an Excel range</translation>
    </message>
    <message>
        <source>新しいシート（施策）を選んでいるシートの次に追加します</source>
        <translation>Adds a new sheet (policy) after the selected one</translation>
    </message>
    <message>
        <source>選んでいるシートを複製します</source>
        <translation>Duplicates the selected sheet</translation>
    </message>
    <message>
        <source>選んでいるシートを削除します（確認してから削除します）</source>
        <translation>Deletes the selected sheet (asks first)</translation>
    </message>
    <message>
        <source>選んでいるシートを一覧の一つ上へ動かします</source>
        <translation>Moves the selected sheet up the list</translation>
    </message>
    <message>
        <source>選んでいるシートを一覧の一つ下へ動かします</source>
        <translation>Moves the selected sheet down the list</translation>
    </message>
    <message>
        <source>evaleditor の版を表示します</source>
        <translation>Shows the version of evaleditor</translation>
    </message>
    <message>
        <source>各課から届いたプロジェクトのシートを、開いているプロジェクトにまとめます</source>
        <translation>Merges the sheets of the departments&apos; projects into the open project</translation>
    </message>
    <message>
        <source>印刷されるページを画面で確かめます</source>
        <translation>Shows the pages as they will be printed</translation>
    </message>
    <message>
        <source>すべてのシートを A4 で印刷します</source>
        <translation>Prints all sheets on A4</translation>
    </message>
    <message>
        <source>評価対象年度を一年進めた新しいプロジェクトを別のファイルに作ります</source>
        <translation>Creates next year&apos;s project (year under review one year on) in another file</translation>
    </message>
    <message>
        <source>前に保存したプロジェクトと比べて、変わったところを一覧にします</source>
        <translation>Compares with an earlier saved project and lists what changed</translation>
    </message>
    <message>
        <source>この使い方（操作の手引き）を開きます</source>
        <translation>Opens this guide</translation>
    </message>
    <message>
        <source>次にクリックした項目の説明を表示します</source>
        <translation>Explains the next item you click</translation>
    </message>
    <message>
        <source>保存するたびに残る前の版を一覧にして、開いたり、今のファイルに戻したりします</source>
        <translation>Lists the earlier versions kept at each save, to open one or make it the current file</translation>
    </message>
    <message>
        <source>異常終了などで保存されなかった作業を探して、復元するかどうかを選びます</source>
        <translation>Finds work that was not saved (e.g. after a crash) and lets you restore it</translation>
    </message>
    <message>
        <source>例を開く・新しく作る・取り込むを選べる最初の画面を表示します</source>
        <translation>Shows the welcome page (open the example, start new, import)</translation>
    </message>
    <message>
        <source>画面の言語を切り替えます（次の起動から）</source>
        <translation>Switches the language of the program (from the next start)</translation>
    </message>
    <message>
        <source>画面の下の「問題」の一覧を出したり隠したりします</source>
        <translation>Shows or hides the list of problems at the bottom</translation>
    </message>
    <message>
        <source>プロジェクトを「{0}」の形式でファイルに書き出します</source>
        <translation>Exports the project as “{0}”</translation>
    </message>
</context>
<context>
    <name>Assistance</name>
    <message>
        <source>使い方(&amp;H)</source>
        <translation>&amp;How to use</translation>
    </message>
    <message>
        <source>これは何？(&amp;W)</source>
        <translation>&amp;What&apos;s this?</translation>
    </message>
    <message>
        <source>ようこそ画面(&amp;G)</source>
        <translation>Welcome pa&amp;ge</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>予期しないエラー</source>
        <extracomment>The recovery file just written. A background write finished (emitted on the worker thread, handled on the GUI thread). The window closed (``stop``): a preparation planned earlier makes no worker for it. Background writes not handled yet, oldest first, with the session each is for. A change came while a write was going on: write again when it is done.</extracomment>
        <translation>unexpected error</translation>
    </message>
    <message>
        <source>自動保存できませんでした（{0}）。
編集は続けられますが、異常終了したときに復元できません。こまめに保存してください。</source>
        <translation>Could not autosave ({0}).
You can keep editing, but your work cannot be recovered after a crash. Save often.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>バックアップから復元</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>「{0}」の以前に保存された版（新しい順）</source>
        <translation>Earlier saved versions of &quot;{0}&quot; (newest first)</translation>
    </message>
    <message>
        <source>{0} に保存した版</source>
        <translation>Version saved {0}</translation>
    </message>
    <message>
        <source>（以前の形式のバックアップ .bak）</source>
        <translation> (older-style .bak backup)</translation>
    </message>
    <message>
        <source>まだありません。保存するたびに、それまでの版が残ります。</source>
        <translation>None yet. Each save keeps the version it replaces.</translation>
    </message>
    <message>
        <source>「開く」は選んだ版を未保存の状態で開きます（保存するまでファイルは変わりません）。「復元」は選んだ版を今のファイルにします。今の版はバックアップとして残ります。</source>
        <translation>&quot;Open&quot; shows the chosen version as unsaved work (the file does not change until you save). &quot;Restore&quot; makes the chosen version the current file; the current version is kept as a backup.</translation>
    </message>
    <message>
        <source>残さない</source>
        <translation>none</translation>
    </message>
    <message>
        <source> 版</source>
        <translation> versions</translation>
    </message>
    <message>
        <source>保存するたびに残す、以前の版の数（すべてのプロジェクトに適用）</source>
        <translation>How many earlier versions each save keeps (for all projects)</translation>
    </message>
    <message>
        <source>残す版の数(&amp;K):</source>
        <translation>Versions to &amp;keep:</translation>
    </message>
    <message>
        <source>開く(&amp;O)</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>復元(&amp;R)…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>読み取り専用で開いているため、復元できません</source>
        <translation>Opened read-only: cannot restore</translation>
    </message>
</context>
<context>
    <name>BoundLineEdit</name>
    <message>
        <source>{0} の変更</source>
        <translation>Change {0}</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <source>事業費（千円）</source>
        <translation>Cost (thousand yen)</translation>
    </message>
    <message>
        <source>執行率（%）</source>
        <translation>Execution rate (%)</translation>
    </message>
    <message>
        <source>決算額の変更</source>
        <translation>Change budget</translation>
    </message>
    <message>
        <source>貼り付ける内容がありません</source>
        <translation>Nothing to paste</translation>
    </message>
    <message>
        <source>貼り付ける範囲が表からはみ出しています</source>
        <translation>The pasted range does not fit in the table</translation>
    </message>
    <message>
        <source>{0}「{1}」: {2}</source>
        <translation>{0}, {1}: {2}</translation>
    </message>
    <message>
        <source>貼り付け</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <source>関連事業</source>
        <translation>Related programs</translation>
    </message>
    <message>
        <source>決算額の表</source>
        <translation>Budget table</translation>
    </message>
    <message>
        <source>年度ごとの事業費（千円）と執行率（%）。最後のセルで Tab を押すと表の外に移ります。</source>
        <translation>Cost (thousand yen) and execution rate (%) per year. Tab on the last cell leaves the table.</translation>
    </message>
    <message>
        <source>決算額</source>
        <translation>Settled budget</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <source>「{0}」には指標がありません。「行を追加」で追加できます</source>
        <translation>“{0}” has no indicators yet. Add one with “Add row”</translation>
    </message>
    <message>
        <source>{0} {1} 行目のグラフ（表の行を選ぶと切り替わります）</source>
        <translation>Chart of {0}, row {1} (select a row of the table to switch)</translation>
    </message>
</context>
<context>
    <name>CollectActions</name>
    <message>
        <source>他のプロジェクトから取り込み（統合）(&amp;M)…</source>
        <translation>&amp;Merge other projects…</translation>
    </message>
    <message>
        <source>印刷プレビュー(&amp;V)…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>印刷(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>次年度の準備(&amp;Y)…</source>
        <translation>Prepare the next &amp;year…</translation>
    </message>
    <message>
        <source>比較(&amp;C)…</source>
        <translation>&amp;Compare…</translation>
    </message>
    <message>
        <source>ツール(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>{0} ページを印刷しました</source>
        <translation>Printed {0} pages</translation>
    </message>
    <message>
        <source>印刷できませんでした。プリンターの設定とページの範囲を確かめてください。</source>
        <translation>Could not print. Check the printer settings and the page range.</translation>
    </message>
    <message>
        <source>印刷するシートがありません。</source>
        <translation>There are no sheets to print.</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <source>施策番号 {0} のシートは開いているプロジェクトにありません</source>
        <translation>The open project has no sheet with policy number {0}</translation>
    </message>
    <message>
        <source>比較するプロジェクト（以前の版など）を選択</source>
        <translation>Choose the project to compare with (e.g. an earlier version)</translation>
    </message>
    <message>
        <source>プロジェクト (*.evproj)</source>
        <translation>Project (*.evproj)</translation>
    </message>
    <message>
        <source>開けませんでした。</source>
        <translation>Could not open the file.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>比較: {0} → {1}</source>
        <translation>Compare: {0} → {1}</translation>
    </message>
    <message>
        <source>変更前: &lt;b&gt;{0}&lt;/b&gt;&#x3000;変更後: &lt;b&gt;{1}&lt;/b&gt;&#x3000;— {2} シート中 {3} シートに違いがあります。変更をダブルクリックすると、編集画面のその場所を表示します。</source>
        <translation>Before: &lt;b&gt;{0}&lt;/b&gt;  After: &lt;b&gt;{1}&lt;/b&gt; — {3} of {2} sheets differ. Double-click a change to show its place in the editor.</translation>
    </message>
    <message>
        <source>項目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>変更前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>変更後</source>
        <translation>After</translation>
    </message>
    <message>
        <source>&lt;b&gt;変更前&lt;/b&gt;（消えた文字に取り消し線）</source>
        <translation>&lt;b&gt;Before&lt;/b&gt; (removed characters struck through)</translation>
    </message>
    <message>
        <source>&lt;b&gt;変更後&lt;/b&gt;（加わった文字を緑で表示）</source>
        <translation>&lt;b&gt;After&lt;/b&gt; (added characters in green)</translation>
    </message>
    <message>
        <source>どちらのプロジェクトにもシートがありません。</source>
        <translation>Neither project has any sheets.</translation>
    </message>
    <message>
        <source>{0}（追加されたシート）</source>
        <translation>{0} (added sheet)</translation>
    </message>
    <message>
        <source>{0}（削除されたシート）</source>
        <translation>{0} (removed sheet)</translation>
    </message>
    <message>
        <source>{0}（変更なし）</source>
        <translation>{0} (no changes)</translation>
    </message>
    <message>
        <source>{0}（{1} 件）</source>
        <translation>{0} ({1} changes)</translation>
    </message>
    <message>
        <source>（追加）</source>
        <translation>(added)</translation>
    </message>
    <message>
        <source>（なし）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>（削除）</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <source>このシートは比較したファイルにはありません（新しく加わったシート）。</source>
        <translation>The compared file does not have this sheet (a new sheet).</translation>
    </message>
    <message>
        <source>このシートは開いているプロジェクトにはありません（削除されたシート）。</source>
        <translation>The open project does not have this sheet (a removed sheet).</translation>
    </message>
    <message>
        <source>このシートに違いはありません。</source>
        <translation>This sheet has no differences.</translation>
    </message>
    <message>
        <source>施策番号 {0} のシートが複数あり、施策名と関係部で区別できないため、順番で対応付けました。対応が違う場合は、施策名か関係部を直してから比較してください。</source>
        <translation>Several sheets are numbered {0} and their names and departments do not tell them apart, so they were matched in order. If the match is wrong, correct a name or the departments and compare again.</translation>
    </message>
    <message>
        <source>&lt;i&gt;（なし）&lt;/i&gt;</source>
        <translation>&lt;i&gt;(none)&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>予期しないエラーが起きました。もう一度試しても同じときは、ログファイルを担当者に送ってください（場所は ヘルプ → バージョン情報 にあります）。</source>
        <translation>An unexpected error occurred. If it happens again, please send the log file to the person in charge (Help → About shows where it is).</translation>
    </message>
    <message>
        <source>「{0}」への変更を保存しますか？</source>
        <translation>Save the changes to “{0}”?</translation>
    </message>
    <message>
        <source>保存しないと、変更は失われます。</source>
        <translation>Your changes will be lost if you don&apos;t save them.</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>保存しない(&amp;N)</source>
        <translation>Do&amp;n&apos;t save</translation>
    </message>
    <message>
        <source>「{0}」は読み取り専用で開いています。変更を別の名前で保存しますか？</source>
        <extracomment>Set on the application once its event loop is over (``aboutToQuit``): see :func:`interaction_over`.</extracomment>
        <translation>“{0}” is open read-only. Save your changes under another name?</translation>
    </message>
    <message>
        <source>元のファイルには保存できません。別の名前で保存しないと、変更は失われます。</source>
        <translation>The original file cannot be saved. Your changes will be lost if you don&apos;t save them under another name.</translation>
    </message>
    <message>
        <source>名前を付けて保存(&amp;A)…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>文字の色</source>
        <translation>Text colour</translation>
    </message>
    <message>
        <source>「{0}」の {1} シートをどこに取り込みますか？</source>
        <translation>Where should the {1} sheets of “{0}” go?</translation>
    </message>
    <message>
        <source>開いているプロジェクトに追加(&amp;A)</source>
        <translation>&amp;Add to the open project</translation>
    </message>
    <message>
        <source>新しいプロジェクト(&amp;N)</source>
        <translation>&amp;New project</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>施策番号の重複</source>
        <translation>Duplicate policy number</translation>
    </message>
    <message>
        <source>施策番号 &lt;b&gt;{0}&lt;/b&gt; のシートが {1} 枚あります。どれを残しますか？</source>
        <translation>There are {1} sheets with policy number &lt;b&gt;{0}&lt;/b&gt;. Which should be kept?</translation>
    </message>
    <message>
        <source>ファイル</source>
        <translation>File</translation>
    </message>
    <message>
        <source>施策名</source>
        <translation>Policy name</translation>
    </message>
    <message>
        <source>関係部</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>指標</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>記入済みの文章</source>
        <translation>Text written</translation>
    </message>
    <message>
        <source>両方残す</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>すべて残す</source>
        <translation>Keep all</translation>
    </message>
    <message>
        <source>「{0}」の方を残す</source>
        <translation>Keep the one from “{0}”</translation>
    </message>
    <message>
        <source>最初の「{0}」だけ残す</source>
        <translation>Keep only the first, “{0}”</translation>
    </message>
    <message>
        <source>最後の「{0}」だけ残す</source>
        <translation>Keep only the last, “{0}”</translation>
    </message>
    <message>
        <source>1 行目を残す</source>
        <translation>Keep row 1</translation>
    </message>
    <message>
        <source>{0} 行目を残す</source>
        <translation>Keep row {0}</translation>
    </message>
    <message>
        <source>統合をやめる</source>
        <translation>Stop merging</translation>
    </message>
    <message>
        <source>両方残すと、同じ施策番号のシートが 2 枚になります（あとで番号を直せます）。</source>
        <translation>Keeping both gives two sheets with the same policy number (you can change a number later).</translation>
    </message>
    <message>
        <source>{0} 項目・{1} 字</source>
        <translation>{0} topics, {1} characters</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>シート交換形式 JSON</source>
        <extracomment>suffix → the format&apos;s name in menus and file dialogs</extracomment>
        <translation>Sheet exchange JSON</translation>
    </message>
    <message>
        <source>Excel ブック</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>CSV（指標の一覧）</source>
        <translation>CSV (indicator table)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>{0} ファイル</source>
        <translation>{0} file</translation>
    </message>
    <message>
        <source>取り込める形式 ({0})</source>
        <translation>Importable files ({0})</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>施策{0}</source>
        <translation>policy{0}</translation>
    </message>
    <message>
        <source>書き出し</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>書き出しを取り消しました</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <source>書き出せませんでした。</source>
        <translation>Could not export.</translation>
    </message>
    <message>
        <source>書き出せませんでした。
{0}</source>
        <translation>Could not export.
{0}</translation>
    </message>
    <message>
        <source>{0} に書き出しました</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <source>Excel ブックを書き出しています…</source>
        <translation>Exporting the Excel workbook…</translation>
    </message>
    <message>
        <source>一覧と保存の準備…</source>
        <translation>Summary and saving…</translation>
    </message>
    <message>
        <source>シート {0} / {1}</source>
        <translation>Sheet {0} of {1}</translation>
    </message>
    <message>
        <source>PDF を書き出しています…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <source>ページの割り付け: シート {0} / {1}</source>
        <translation>Laying out pages: sheet {0} / {1}</translation>
    </message>
    <message>
        <source>PDF への書き込み: シート {0} / {1}</source>
        <translation>Writing to the PDF: sheet {0} / {1}</translation>
    </message>
    <message>
        <source>保存の準備…</source>
        <translation>Preparing to save…</translation>
    </message>
</context>
<context>
    <name>ExportScopeDialog</name>
    <message>
        <source>シート{0}</source>
        <translation>Sheet {0}</translation>
    </message>
    <message>
        <source>書き出し（{0}）</source>
        <translation>Export ({0})</translation>
    </message>
    <message>
        <source>書き出すシート:</source>
        <translation>Sheets to export:</translation>
    </message>
    <message>
        <source>すべてのシート（{0} 枚）(&amp;A)</source>
        <translation>&amp;All sheets ({0})</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>none</translation>
    </message>
    <message>
        <source>表示中のシート: {0}(&amp;C)</source>
        <translation>&amp;Current sheet: {0}</translation>
    </message>
    <message>
        <source>シートを選ぶ(&amp;S):</source>
        <translation>&amp;Select sheets:</translation>
    </message>
    <message>
        <source>次へ(&amp;N)…</source>
        <translation>&amp;Next…</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FieldHelp</name>
    <message>
        <source>&lt;b&gt;進捗率&lt;/b&gt;：策定時（基準値）から目標値までの道のりのうち、評価対象年度の実績でどこまで進んだかの割合です。（実績値 − 策定時）÷（目標値 − 策定時）× 100。方向が「↓ 低いほど良い」の指標でも、目標に近づけば値が大きくなります。自動で計算されます。</source>
        <translation>&lt;b&gt;Progress&lt;/b&gt;: how far the actual of the year under review has come on the way from the baseline to the target. (actual − baseline) ÷ (target − baseline) × 100. For a “↓ lower is better” indicator too, it grows as the value nears the target. Computed automatically.</translation>
    </message>
    <message>
        <source>&lt;b&gt;達成率&lt;/b&gt;：評価対象年度の実績値が目標値の何％にあたるかです。「↑ 高いほど良い」は 実績 ÷ 目標 × 100、「↓ 低いほど良い」は 目標 ÷ 実績 × 100。自動で計算されます。</source>
        <translation>&lt;b&gt;Achievement&lt;/b&gt;: the actual of the year under review as a percentage of the target. “↑ higher is better”: actual ÷ target × 100; “↓ lower is better”: target ÷ actual × 100. Computed automatically.</translation>
    </message>
    <message>
        <source>&lt;b&gt;評価対象年度&lt;/b&gt;：このシートで評価する年度です。達成率・進捗率はこの年度の実績で計算し、次年度の準備では一年進みます。「自動」にすると、実績が入っている最新の年度になります。</source>
        <translation>&lt;b&gt;Year under review&lt;/b&gt;: the year the sheets evaluate. Achievement and progress use its actuals; preparing the next year moves it on by one. “Automatic” takes the latest year with actuals.</translation>
    </message>
    <message>
        <source>&lt;b&gt;策定時（基準値）&lt;/b&gt;：計画を作ったときの値です。進捗率の出発点になります。列の名前はプロジェクトの設定で変えられます。</source>
        <translation>&lt;b&gt;Baseline&lt;/b&gt;: the value when the plan was made; progress starts from it. The column&apos;s label can be changed in the project settings.</translation>
    </message>
    <message>
        <source>&lt;b&gt;方向&lt;/b&gt;：数値が高いほど良い指標（↑）か、低いほど良い指標（↓、例：事故の件数）かです。達成率・進捗率と評価の計算に使います。セルを選んで Enter か F2 で選べます。</source>
        <translation>&lt;b&gt;Direction&lt;/b&gt;: whether higher values are better (↑) or lower ones (↓, e.g. the number of accidents). Used for achievement, progress and ratings. Select the cell and press Enter or F2 to choose.</translation>
    </message>
    <message>
        <source>&lt;b&gt;執行率（%）&lt;/b&gt;：予算のうち実際に使った割合です。決算書の値を、% を付けずに入力します（例：95.43）。</source>
        <translation>&lt;b&gt;Execution rate (%)&lt;/b&gt;: the share of the budget actually spent. Type the value from the settlement without % (e.g. 95.43).</translation>
    </message>
    <message>
        <source>&lt;b&gt;評価&lt;/b&gt;：達成率から決まる段階（標準は 100% 以上 A、80% 以上 B、50% 以上 C、それ未満 D）です。区切りはプロジェクトの設定で変えられます。色は目安で、段階は文字で示します。</source>
        <translation>&lt;b&gt;Rating&lt;/b&gt;: the grade the achievement earns (by default A from 100%, B from 80%, C from 50%, D below). The bands are set in the project settings. The colour is a guide; the grade is written as a letter.</translation>
    </message>
</context>
<context>
    <name>FontSize</name>
    <message>
        <source>標準</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>大</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>特大</source>
        <translation>Extra large</translation>
    </message>
    <message>
        <source>標準(&amp;N)</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <source>大(&amp;L)</source>
        <translation>&amp;Large</translation>
    </message>
    <message>
        <source>特大(&amp;X)</source>
        <translation>E&amp;xtra large</translation>
    </message>
    <message>
        <source>画面の文字の大きさ(&amp;Z)</source>
        <translation>Screen text si&amp;ze</translation>
    </message>
    <message>
        <source>画面の文字の大きさを「{0}」にします</source>
        <translation>Sets the size of the text on screen to “{0}”</translation>
    </message>
</context>
<context>
    <name>FormatToolBar</name>
    <message>
        <source>赤(&amp;R)</source>
        <translation>&amp;Red</translation>
    </message>
    <message>
        <source>青(&amp;B)</source>
        <translation>&amp;Blue</translation>
    </message>
    <message>
        <source>緑(&amp;G)</source>
        <translation>&amp;Green</translation>
    </message>
    <message>
        <source>太字</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>斜体</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>下線</source>
        <translation>Underline</translation>
    </message>
    <message>
        <source>自動（黒）(&amp;A)</source>
        <translation>&amp;Automatic (black)</translation>
    </message>
    <message>
        <source>その他の色(&amp;M)…</source>
        <translation>&amp;Other colour…</translation>
    </message>
    <message>
        <source>文字の色</source>
        <translation>Text colour</translation>
    </message>
    <message>
        <source>箇条書き</source>
        <translation>Bullets</translation>
    </message>
    <message>
        <source>書式のクリア</source>
        <translation>Clear formatting</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>evaleditor の使い方</source>
        <translation>How to use evaleditor</translation>
    </message>
    <message>
        <source>使い方のページ</source>
        <translation>Guide page</translation>
    </message>
    <message>
        <source>Tab でリンクに移り、Enter で開きます。</source>
        <translation>Tab moves to a link, Enter opens it.</translation>
    </message>
    <message>
        <source>戻る</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>進む</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>目次</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>前に見たページに戻ります (Alt+←)</source>
        <translation>Back to the page seen before (Alt+Left)</translation>
    </message>
    <message>
        <source>次のページに進みます (Alt+→)</source>
        <translation>Forward to the next page (Alt+Right)</translation>
    </message>
    <message>
        <source>使い方の目次に戻ります</source>
        <translation>Back to the guide&apos;s contents</translation>
    </message>
    <message>
        <source># 使い方が見つかりません

{0} がありません。プログラムを入れ直してください。</source>
        <translation># The guide was not found

{0} is missing. Please reinstall the program.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>取り込み</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取り込めませんでした。</source>
        <translation>Could not import.</translation>
    </message>
    <message>
        <source>{0} から {1} シートを取り込みました</source>
        <translation>Imported {1} sheets from {0}</translation>
    </message>
</context>
<context>
    <name>ImportNotesDialog</name>
    <message>
        <source>取り込みの確認</source>
        <translation>Import notes</translation>
    </message>
    <message>
        <source>「{0}」を取り込みました。次の {1} 件は取り込めなかったか、確認が必要です。元のブックと見比べてください。</source>
        <translation>“{0}” was imported. The following {1} items could not be imported or need checking; compare them with the original workbook.</translation>
    </message>
    <message>
        <source>ワークシート</source>
        <translation>Worksheet</translation>
    </message>
    <message>
        <source>セル</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>すべてコピー(&amp;C)</source>
        <translation>&amp;Copy all</translation>
    </message>
    <message>
        <source>表計算ソフトやメールに貼り付けられる形でコピーします</source>
        <translation>Copies the list so that it can be pasted into a spreadsheet or a mail</translation>
    </message>
    <message>
        <source>ファイル</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>表の行を選ぶと、その指標のグラフを表示します</source>
        <translation>Select a row of the table to chart its indicator</translation>
    </message>
    <message>
        <source>指標のグラフ</source>
        <translation>Indicator chart</translation>
    </message>
    <message>
        <source>高さが足りないため、グラフを隠しています（表との境目を上へドラッグするか、ウィンドウを広げると表示されます）</source>
        <translation>Not enough height: the chart is hidden (drag the border with the table upwards, or enlarge the window, to show it)</translation>
    </message>
    <message>
        <source>基準値</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>実績値</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>目標値</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>none</translation>
    </message>
    <message>
        <source>（指標名なし）</source>
        <translation>(no indicator name)</translation>
    </message>
    <message>
        <source>↑ 高いほど良い</source>
        <translation>↑ higher is better</translation>
    </message>
    <message>
        <source>↓ 低いほど良い</source>
        <translation>↓ lower is better</translation>
    </message>
    <message>
        <source>（単位: {0}）</source>
        <translation> (unit: {0})</translation>
    </message>
    <message>
        <source>{0}（{1}）: {2}</source>
        <translation>{0} ({1}): {2}</translation>
    </message>
    <message>
        <source>「{0}」には値がありません</source>
        <translation>“{0}” has no values</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>「{0}」は方向ではありません（↑ または ↓）</source>
        <extracomment>The role by which the header tells the band above a column (e.g. 実績値), or None.</extracomment>
        <translation>“{0}” is not a direction (↑ or ↓)</translation>
    </message>
    <message>
        <source>指標名</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>単位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>実績値</source>
        <translation>Actuals</translation>
    </message>
    <message>
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>↑ 高いほど良い／↓ 低いほど良い</source>
        <translation>↑ higher is better / ↓ lower is better</translation>
    </message>
    <message>
        <source>{0} の変更</source>
        <translation>Change {0}</translation>
    </message>
    <message>
        <source>指標の追加</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>指標の削除</source>
        <translation>Delete indicators</translation>
    </message>
    <message>
        <source>指標の移動</source>
        <translation>Move indicator</translation>
    </message>
    <message>
        <source>貼り付ける内容がありません</source>
        <translation>Nothing to paste</translation>
    </message>
    <message>
        <source>貼り付ける範囲が表の右端を越えています（{0} 列あります）</source>
        <translation>The pasted range ({0} columns) goes beyond the right edge of the table</translation>
    </message>
    <message>
        <source>{0} 行目「{1}」: {2}</source>
        <translation>Row {0}, {1}: {2}</translation>
    </message>
    <message>
        <source>貼り付け</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>IndicatorView</name>
    <message>
        <source>↑ 高いほど良い</source>
        <translation>↑ higher is better</translation>
    </message>
    <message>
        <source>↓ 低いほど良い</source>
        <translation>↓ lower is better</translation>
    </message>
    <message>
        <source>行を追加</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>行を挿入</source>
        <translation>Insert row</translation>
    </message>
    <message>
        <source>行を削除</source>
        <translation>Delete rows</translation>
    </message>
    <message>
        <source>上へ</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>下へ</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>{0}の表</source>
        <translation>{0} table</translation>
    </message>
    <message>
        <source>矢印キーでセルを選び、数字を入力して Enter で確定します。最後のセルで Tab を押すと表の外に移ります。</source>
        <translation>Choose a cell with the arrow keys, type a number and press Enter. Tab on the last cell leaves the table.</translation>
    </message>
    <message>
        <source>Excel の範囲をコピーして、ここに貼り付けできます（Ctrl+V）</source>
        <translation>Copy a range in Excel and paste it here (Ctrl+V)</translation>
    </message>
    <message>
        <source>切り取り(&amp;T)</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>コピー(&amp;C)</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>貼り付け(&amp;P)</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>行を挿入(&amp;I)</source>
        <translation>&amp;Insert row</translation>
    </message>
    <message>
        <source>行を削除(&amp;D)</source>
        <translation>&amp;Delete rows</translation>
    </message>
    <message>
        <source>行を上へ(&amp;U)</source>
        <translation>Move row &amp;up</translation>
    </message>
    <message>
        <source>行を下へ(&amp;W)</source>
        <translation>Move row do&amp;wn</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>区分を追加</source>
        <translation>Add group</translation>
    </message>
    <message>
        <source>区分の名前を変更</source>
        <translation>Rename group</translation>
    </message>
    <message>
        <source>区分を削除</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <source>区分の名前（例: 活動指標）</source>
        <translation>Group name (e.g. 活動指標)</translation>
    </message>
    <message>
        <source>区分「{0}」はすでにあります。別の名前にしてください。</source>
        <translation>The group “{0}” exists already. Please choose another name.</translation>
    </message>
    <message>
        <source>活動指標</source>
        <translation>活動指標</translation>
    </message>
    <message>
        <source>区分の追加</source>
        <translation>Add group</translation>
    </message>
    <message>
        <source>区分の名前の変更</source>
        <translation>Rename group</translation>
    </message>
    <message>
        <source>区分「{0}」とその {1} 件の指標を削除しますか？（元に戻すことができます）</source>
        <translation>Delete the group “{0}” and its {1} indicators? (You can undo this.)</translation>
    </message>
    <message>
        <source>区分の削除</source>
        <translation>Delete group</translation>
    </message>
</context>
<context>
    <name>InfoPanel</name>
    <message>
        <source>施策番号</source>
        <translation>Policy number</translation>
    </message>
    <message>
        <source>施策名</source>
        <translation>Policy name</translation>
    </message>
    <message>
        <source>表題</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>関係部</source>
        <translation>Departments</translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message>
        <source>問題</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>問題(&amp;P)</source>
        <translation>&amp;Problems</translation>
    </message>
    <message>
        <source>問題を確認しています…</source>
        <translation>Checking for problems…</translation>
    </message>
    <message>
        <source>問題の一覧を表示する</source>
        <translation>Show the list of problems</translation>
    </message>
    <message>
        <source>{0} {1} 件</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>次のタブ(&amp;N)</source>
        <translation>&amp;Next tab</translation>
    </message>
    <message>
        <source>シートの次のタブ（基本情報 → 成果指標 → …）に移ります</source>
        <translation>Moves to the sheet&apos;s next tab (Basics → Indicators → …)</translation>
    </message>
    <message>
        <source>前のタブ(&amp;P)</source>
        <translation>&amp;Previous tab</translation>
    </message>
    <message>
        <source>シートの一覧と編集画面を切り替え(&amp;S)</source>
        <translation>&amp;Switch between the sheet list and the editor</translation>
    </message>
    <message>
        <source>シートの前のタブに移ります</source>
        <translation>Moves to the sheet&apos;s previous tab</translation>
    </message>
    <message>
        <source>キーボードの操作場所を、左のシートの一覧と右の編集画面の間で移します</source>
        <translation>Moves the keyboard focus between the sheet list on the left and the editor on the right</translation>
    </message>
</context>
<context>
    <name>LockDialogs</name>
    <message>
        <source>「{0}」は編集用に開けません。</source>
        <translation>&quot;{0}&quot; cannot be opened for editing.</translation>
    </message>
    <message>
        <source>{0}。

読み取り専用で開くと、内容を見たり、別の名前で保存したりできます。</source>
        <translation>{0}.

Opened read-only, you can view it and save it under another name.</translation>
    </message>
    <message>
        <source>読み取り専用で開く(&amp;R)</source>
        <translation>Open &amp;Read-Only</translation>
    </message>
    <message>
        <source>引き継いで開く(&amp;T)…</source>
        <translation>&amp;Take Over and Open…</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>「{0}」を保存する前に確認してください。</source>
        <translation>Please check before saving &quot;{0}&quot;.</translation>
    </message>
    <message>
        <source>{0}

上書きすると、ほかで保存された内容は今のファイルから消えます（その版はバックアップに残ります）。</source>
        <translation>{0}

Overwriting removes what was saved elsewhere from the current file (that version is kept as a backup).</translation>
    </message>
    <message>
        <source>上書きする(&amp;O)</source>
        <translation>&amp;Overwrite</translation>
    </message>
    <message>
        <source>別名で保存(&amp;A)…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>別の場所に保存(&amp;S)…</source>
        <translation>&amp;Save Elsewhere…</translation>
    </message>
    <message>
        <source>編集中の内容はそのまま残っています。別の場所（USB メモリ、デスクトップなど）に保存できます。</source>
        <translation>Your work is still open as it was. You can save it in another place (a USB stick, the desktop, …).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>新規(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>開く(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>名前を付けて保存(&amp;A)…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>取り込み(&amp;I)…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>プロジェクトの設定(&amp;J)…</source>
        <translation>Pro&amp;ject settings…</translation>
    </message>
    <message>
        <source>終了(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>切り取り(&amp;T)</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>コピー(&amp;C)</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>貼り付け(&amp;P)</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>バージョン情報(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>ファイル(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>最近使ったファイル(&amp;R)</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>書き出し(&amp;E)</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>編集(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>一覧を消去(&amp;C)</source>
        <translation>&amp;Clear list</translation>
    </message>
    <message>
        <source>&lt;b&gt;evaleditor {0}&lt;/b&gt;&lt;br&gt;施策評価シートの作成・編集・書き出し&lt;br&gt;Python {1} / Qt {2}&lt;br&gt;ログファイル: {3}</source>
        <translation>&lt;b&gt;evaleditor {0}&lt;/b&gt;&lt;br&gt;Prepare, edit and export policy evaluation sheets&lt;br&gt;Python {1} / Qt {2}&lt;br&gt;Log file: {3}</translation>
    </message>
    <message>
        <source>シート(&amp;S)</source>
        <translation>&amp;Sheet</translation>
    </message>
    <message>
        <source>表示(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>元に戻す: {0}(&amp;U)</source>
        <translation>&amp;Undo: {0}</translation>
    </message>
    <message>
        <source>元に戻す(&amp;U)</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>やり直し: {0}(&amp;R)</source>
        <translation>&amp;Redo: {0}</translation>
    </message>
    <message>
        <source>やり直し(&amp;R)</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>シートを追加(&amp;A)</source>
        <translation>&amp;Add sheet</translation>
    </message>
    <message>
        <source>シートを複製(&amp;C)</source>
        <translation>Dupli&amp;cate sheet</translation>
    </message>
    <message>
        <source>シートを削除(&amp;D)…</source>
        <translation>&amp;Delete sheet…</translation>
    </message>
    <message>
        <source>シートを上へ(&amp;U)</source>
        <translation>Move sheet &amp;up</translation>
    </message>
    <message>
        <source>シートを下へ(&amp;W)</source>
        <translation>Move sheet do&amp;wn</translation>
    </message>
    <message>
        <source>言語 (Language)(&amp;L)</source>
        <translation>&amp;Language (言語)</translation>
    </message>
    <message>
        <source>ヘルプ(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>標準</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>{0}…</source>
        <translation>{0}…</translation>
    </message>
    <message>
        <source>{0}[*] - evaleditor</source>
        <translation>{0}[*] - evaleditor</translation>
    </message>
    <message>
        <source>{0}（読み取り専用）[*] - evaleditor</source>
        <translation>{0} (read-only)[*] - evaleditor</translation>
    </message>
    <message>
        <source>プロジェクトを開く</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>プロジェクト (*{0})</source>
        <translation>Project (*{0})</translation>
    </message>
    <message>
        <source>名前を付けて保存</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>施策評価シート</source>
        <translation>evaluation-sheets</translation>
    </message>
    <message>
        <source>（なし）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>ファイルが見つかりません。一覧から外します。
{0}</source>
        <translation>The file was not found and is removed from the list.
{0}</translation>
    </message>
    <message>
        <source>言語</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>次回の起動から切り替わります。
The language changes at the next start.</source>
        <translation>The language changes at the next start.
次回の起動から切り替わります。</translation>
    </message>
    <message>
        <source>バージョン情報</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>統合するプロジェクトを選択（複数可）</source>
        <translation>Choose the projects to merge (several allowed)</translation>
    </message>
    <message>
        <source>プロジェクト {0}</source>
        <translation>Project {0}</translation>
    </message>
    <message>
        <source>{0} を開けませんでした。</source>
        <translation>Could not open {0}.</translation>
    </message>
    <message>
        <source>統合</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>{0}を取りやめました</source>
        <translation>{0} stopped</translation>
    </message>
    <message>
        <source>{0}できませんでした。
{1}</source>
        <translation>{0} failed.
{1}</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} シートを追加しました</source>
        <translation>Added {0} sheets</translation>
    </message>
    <message>
        <source>（評価対象年度: {0}）</source>
        <translation> (year under review: {0})</translation>
    </message>
    <message>
        <source>評価対象年度:
{0}</source>
        <translation>Year under review:
{0}</translation>
    </message>
    <message>
        <source>設定の違い:
{0}</source>
        <translation>Differing settings:
{0}</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>シートの一覧</source>
        <translation>Sheet list</translation>
    </message>
    <message>
        <source>上下の矢印キーでシートを選びます。選んだシートが右側に表示されます。</source>
        <translation>Choose a sheet with the up and down arrow keys; it is shown on the right.</translation>
    </message>
    <message>
        <source>追加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>複製</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>上へ</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>下へ</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>シート</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <source>（施策名なし）</source>
        <translation>(no policy name)</translation>
    </message>
    <message>
        <source>{0}【{1}】{2}</source>
        <translation>{0} [{1}] {2}</translation>
    </message>
    <message>
        <source>関係部: {0}</source>
        <translation>Departments: {0}</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>none</translation>
    </message>
    <message>
        <source>施策番号 {0} のシートが {1} 枚あります</source>
        <translation>{1} sheets have policy number {0}</translation>
    </message>
    <message>
        <source>{0} 枚目</source>
        <translation>no. {0}</translation>
    </message>
    <message>
        <source>新しい施策</source>
        <translation>New policy</translation>
    </message>
    <message>
        <source>シートの追加</source>
        <translation>Add sheet</translation>
    </message>
    <message>
        <source>{0}（コピー）</source>
        <translation>{0} (copy)</translation>
    </message>
    <message>
        <source>シートの複製</source>
        <translation>Duplicate sheet</translation>
    </message>
    <message>
        <source>シートの削除</source>
        <translation>Delete sheet</translation>
    </message>
    <message>
        <source>シート「{0}」を削除しますか？（元に戻すことができます）</source>
        <translation>Delete the sheet “{0}”? (You can undo this.)</translation>
    </message>
    <message>
        <source>シートの並べ替え</source>
        <translation>Reorder sheets</translation>
    </message>
</context>
<context>
    <name>NextYear</name>
    <message>
        <source>次年度のプロジェクトを保存</source>
        <translation>Save the next year’s project</translation>
    </message>
    <message>
        <source>プロジェクト (*{0})</source>
        <translation>Project (*{0})</translation>
    </message>
    <message>
        <source>いま開いているファイルには保存できません。別の名前を指定してください。</source>
        <translation>The open file cannot be overwritten. Choose another name.</translation>
    </message>
    <message>
        <source>保存できませんでした。
{0}</source>
        <translation>Could not save.
{0}</translation>
    </message>
    <message>
        <source>{0} に保存しました</source>
        <translation>Saved to {0}</translation>
    </message>
    <message>
        <source>{0} を保存しました。開きますか？</source>
        <translation>{0} was saved. Open it now?</translation>
    </message>
    <message>
        <source>次年度の準備</source>
        <translation>Prepare the next year</translation>
    </message>
</context>
<context>
    <name>NextYearDialog</name>
    <message>
        <source>次年度の準備</source>
        <translation>Prepare the next year</translation>
    </message>
    <message>
        <source>このプロジェクトをもとに、次の評価対象年度の新しいプロジェクトを作ります。指標・目標値・関連事業・項目と過去の実績・決算額は引き継ぎます。</source>
        <translation>Creates a new project for the next year under review from this one. Indicators, targets, programs, topics and past actuals and budgets are kept.</translation>
    </message>
    <message>
        <source>いまの評価対象年度:</source>
        <translation>Year under review now:</translation>
    </message>
    <message>
        <source>（なし）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>新しい評価対象年度:</source>
        <translation>New year under review:</translation>
    </message>
    <message>
        <source>年度の列「{0}」を追加します。</source>
        <translation>The year column “{0}” is added.</translation>
    </message>
    <message>
        <source>空にする文章（チェックしないものは引き継ぎます）</source>
        <translation>Texts to clear (unchecked texts are kept)</translation>
    </message>
    <message>
        <source>成果</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>課題</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>取組方針</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>新しいプロジェクトは別のファイルに保存します。いま開いているファイルは変更しません。</source>
        <translation>The new project is saved to another file. The open file is not changed.</translation>
    </message>
    <message>
        <source>保存先を選ぶ(&amp;S)…</source>
        <translation>&amp;Choose where to save…</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>エラー</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>注意</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>種類</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>シート</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>場所</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>問題の一覧</source>
        <translation>List of problems</translation>
    </message>
    <message>
        <source>{0}を表示する</source>
        <translation>Show {0}</translation>
    </message>
    <message>
        <source>絞り込み（シート・場所・内容）</source>
        <translation>Filter (sheet, place, message)</translation>
    </message>
    <message>
        <source>問題は見つかりませんでした。</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>{0} {1} 件</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message>
        <source>無題</source>
        <extracomment>The file&apos;s lock, recovery file and disk state (see :mod:`evaleditor.gui.safety`); set when installed. Typing commands merge only within one generation; :meth:`seal_typing` starts the next.</extracomment>
        <translation>Untitled</translation>
    </message>
</context>
<context>
    <name>RateColumns</name>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>目標値 {1} ÷ {2}の実績値 {0} = {3}（低いほど良い指標）</source>
        <translation>target {1} ÷ actual of {2} {0} = {3} (lower is better)</translation>
    </message>
    <message>
        <source>{2}の実績値 {0} ÷ 目標値 {1} = {3}</source>
        <translation>actual of {2} {0} ÷ target {1} = {3}</translation>
    </message>
    <message>
        <source>（{2}の実績値 {0} − 基準値 {4}）÷（目標値 {1} − 基準値 {4}）= {3}</source>
        <translation>(actual of {2} {0} − baseline {4}) ÷ (target {1} − baseline {4}) = {3}</translation>
    </message>
    <message>
        <source>{0}の実績値がないため、{1}の実績値によります</source>
        <translation>No actual for {0}: the actual of {1} is used</translation>
    </message>
    <message>
        <source>達成率 {0}% 以上</source>
        <translation>achievement {0}% or more</translation>
    </message>
    <message>
        <source>すべての達成率</source>
        <translation>any achievement</translation>
    </message>
    <message>
        <source>達成率 {0}% 未満</source>
        <translation>achievement below {0}%</translation>
    </message>
    <message>
        <source>達成率がないため評価できません（{0}）</source>
        <translation>No rating without an achievement rate ({0})</translation>
    </message>
    <message>
        <source>達成率 {0} に当てはまる評価の区分がありません</source>
        <translation>No rating band fits the achievement of {0}</translation>
    </message>
    <message>
        <source>評価 {0}: {1}（達成率 {2}）</source>
        <translation>Rating {0}: {1} (achievement {2})</translation>
    </message>
    <message>
        <source>達成状況（{0}）</source>
        <translation>Status ({0})</translation>
    </message>
    <message>
        <source>達成状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>実績のある最新の年度</source>
        <translation>the latest year with actuals</translation>
    </message>
    <message>
        <source>達成率 = 実績値 ÷ 目標値（低いほど良い指標は 目標値 ÷ 実績値）。{0}の実績値による</source>
        <translation>Achievement = actual ÷ target (target ÷ actual when lower is better), from the actuals of {0}</translation>
    </message>
    <message>
        <source>進捗率 = （実績値 − 基準値）÷（目標値 − 基準値）。計画した変化のうち達成した割合。{0}の実績値による</source>
        <translation>Progress = (actual − baseline) ÷ (target − baseline): the share of the planned change achieved, from the actuals of {0}</translation>
    </message>
    <message>
        <source>達成率による評価（区分はプロジェクトの設定で変更できます）</source>
        <translation>Rating by achievement (the bands are set in the project settings)</translation>
    </message>
    <message>
        <source>達成率</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>進捗率</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>評価</source>
        <translation>Rating</translation>
    </message>
</context>
<context>
    <name>RatingBandsEditor</name>
    <message>
        <source>評価の区分（達成率）</source>
        <translation>Rating bands (achievement)</translation>
    </message>
    <message>
        <source>評価</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>達成率の下限（%）</source>
        <translation>Minimum achievement (%)</translation>
    </message>
    <message>
        <source>空欄は下限なし（ほかの区分に当てはまらない達成率）</source>
        <translation>Empty: no minimum (any achievement no other band takes)</translation>
    </message>
    <message>
        <source>区分を追加(&amp;A)</source>
        <translation>&amp;Add group</translation>
    </message>
    <message>
        <source>区分を削除(&amp;X)</source>
        <translation>Remo&amp;ve group</translation>
    </message>
    <message>
        <source>上の行ほど良い評価です。下限が空欄の区分（最後の行）は、ほかに当てはまらない達成率を受けます。</source>
        <translation>Higher rows are better ratings. The band with no minimum (the last row) takes any achievement no other band takes.</translation>
    </message>
    <message>
        <source>評価の区分 {0} 行目の評価が空です</source>
        <translation>Rating band row {0} has no label</translation>
    </message>
    <message>
        <source>評価「{0}」が重複しています</source>
        <translation>Rating “{0}” appears twice</translation>
    </message>
    <message>
        <source>評価「{0}」の下限: {1}</source>
        <translation>Minimum of rating “{0}”: {1}</translation>
    </message>
    <message>
        <source>下限のない評価の区分は最後の 1 行だけにしてください（「{0}」）</source>
        <translation>Only the last rating band may have no minimum (“{0}”)</translation>
    </message>
    <message>
        <source>評価「{0}」の下限（{1}%）は上の行より小さくしてください</source>
        <translation>The minimum of rating “{0}” ({1}%) must be lower than the row above</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>保存されていない作業の復元</source>
        <extracomment>The project file was changed by someone else after the crashed session loaded or saved it.</extracomment>
        <translation>Recover Unsaved Work</translation>
    </message>
    <message>
        <source>保存されていない作業が見つかりました</source>
        <translation>Unsaved work was found</translation>
    </message>
    <message>
        <source>（{0} 件中 {1} 件目）</source>
        <translation> ({1} of {0})</translation>
    </message>
    <message>
        <source>evaleditor が前回、保存しないまま終了しました（強制終了、停電など）。自動保存されていた作業を復元できます。復元すると未保存の状態で開き、保存するまで元のファイルは変更されません。</source>
        <translation>evaleditor ended last time without saving (killed, power cut, …). The autosaved work can be recovered. It opens as unsaved work; the original file does not change until you save.</translation>
    </message>
    <message>
        <source>ファイル:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>（まだ保存されていない新しいプロジェクト）</source>
        <translation>(a new project, never saved)</translation>
    </message>
    <message>
        <source>自動保存:</source>
        <translation>Autosaved:</translation>
    </message>
    <message>
        <source>{0}。復元できません。</source>
        <translation>{0}. It cannot be recovered.</translation>
    </message>
    <message>
        <source>{0} シート</source>
        <translation>{0} sheets</translation>
    </message>
    <message>
        <source> ほか</source>
        <translation> and more</translation>
    </message>
    <message>
        <source>内容:</source>
        <translation>Contents:</translation>
    </message>
    <message>
        <source>元のファイルは、その後ほかの人またはプログラムが変更しています。復元した作業を保存するときに、上書きするか別の名前で保存するかを確認します。</source>
        <translation>The original file has since been changed by someone or another program. When you save the recovered work, you will be asked whether to overwrite it or save under another name.</translation>
    </message>
    <message>
        <source>復元(&amp;R)</source>
        <translation>&amp;Recover</translation>
    </message>
    <message>
        <source>破棄(&amp;D)…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <source>後で(&amp;L)</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>今は開かず、次に起動したとき（または ファイル → 自動保存から復元…）にもう一度確認します</source>
        <translation>Do not open it now; ask again at the next start (or via File → Recover Autosaved Work…)</translation>
    </message>
    <message>
        <source>（不明）</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>たった今</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>{0} 分前</source>
        <translation>{0} min ago</translation>
    </message>
    <message>
        <source>{0} 時間前</source>
        <translation>{0} h ago</translation>
    </message>
    <message>
        <source>{0} 日前</source>
        <translation>{0} days ago</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>文章の欄。Ctrl+B 太字、Ctrl+I 斜体、Ctrl+U 下線。Tab で次の欄に移ります。</source>
        <translation>Text field. Ctrl+B bold, Ctrl+I italic, Ctrl+U underline. Tab moves to the next field.</translation>
    </message>
    <message>
        <source>{0} の編集</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <source>{0} / {1} 文字</source>
        <translation>{0} / {1} characters</translation>
    </message>
    <message>
        <source>{0} 文字</source>
        <translation>{0} characters</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>作業を自動保存しました（復元用）</source>
        <translation>Work autosaved (for recovery)</translation>
    </message>
    <message>
        <source>バックアップから復元(&amp;B)…</source>
        <extracomment>Further windows opened at start for more recovered projects (kept alive here).</extracomment>
        <translation>Restore from &amp;Backup…</translation>
    </message>
    <message>
        <source>自動保存から復元(&amp;U)…</source>
        <translation>Recover A&amp;utosaved Work…</translation>
    </message>
    <message>
        <source>引き継いで開く</source>
        <translation>Take Over and Open</translation>
    </message>
    <message>
        <source>{0}。

その人がまだ編集している場合、引き継ぐとお互いの変更が衝突するおそれがあります。使っていないことを確かめてから引き継いでください。
引き継いで開きますか？</source>
        <translation>{0}.

If that person is still editing, taking over may make your changes and theirs collide. Make sure the file is not in use before taking over.
Take over and open?</translation>
    </message>
    <message>
        <source>ロックファイルを作れないため、ほかの人が開いていないか確かめられません（{0}）</source>
        <translation>The lock file cannot be created, so it is not known whether someone else has the file open ({0})</translation>
    </message>
    <message>
        <source>開けませんでした。
{0}</source>
        <translation>Could not open.
{0}</translation>
    </message>
    <message>
        <source>{0}（コンピューター {1}）が {2} に開いたときのロックが残っていたため、引き継ぎました</source>
        <translation>Took over the lock left from when {0} (computer {1}) opened the file at {2}</translation>
    </message>
    <message>
        <source>壊れたロックファイルが残っていたため、引き継ぎました</source>
        <translation>Took over a damaged lock file that was left behind</translation>
    </message>
    <message>
        <source>「{0}」に保存できませんでした。
{1}。</source>
        <translation>Could not save to &quot;{0}&quot;.
{1}.</translation>
    </message>
    <message>
        <source>「{0}」に保存できませんでした（{1}）。</source>
        <translation>Could not save to &quot;{0}&quot; ({1}).</translation>
    </message>
    <message>
        <source>「{0}」に保存できませんでした（{1}）。
元のファイルは変更されていません。</source>
        <translation>Could not save to &quot;{0}&quot; ({1}).
The original file has not been changed.</translation>
    </message>
    <message>
        <source>開けませんでした（予期しないエラー）。もう一度試しても同じときは、ログファイルを担当者に送ってください（場所は ヘルプ → バージョン情報 にあります）。</source>
        <translation>Could not open (unexpected error). If it happens again, send the log file to your IT staff (Help → About shows where it is).</translation>
    </message>
    <message>
        <source>「{0}」に保存できませんでした（予期しないエラー）。もう一度試しても同じときは、ログファイルを担当者に送ってください（場所は ヘルプ → バージョン情報 にあります）。</source>
        <translation>Could not save to “{0}” (unexpected error). If it happens again, send the log file to your IT staff (Help → About shows where it is).</translation>
    </message>
    <message>
        <source>{0} に保存しました</source>
        <translation>Saved to {0}</translation>
    </message>
    <message>
        <source>開いた後に、このファイルは削除されたか移動されました（ネットワークの接続が切れた場合もあります）。</source>
        <translation>Since it was opened, this file has been deleted or moved (or the network connection was lost).</translation>
    </message>
    <message>
        <source>同じ名前のファイルがすでにあります。</source>
        <translation>A file of this name already exists.</translation>
    </message>
    <message>
        <source>開いた後に、ほかの人またはプログラムがこのファイルを変更しました。</source>
        <translation>Since it was opened, someone or another program has changed this file.</translation>
    </message>
    <message>
        <source>自動保存から復元</source>
        <translation>Recover Autosaved Work</translation>
    </message>
    <message>
        <source>復元できる作業はありません。</source>
        <translation>There is no work to recover.</translation>
    </message>
    <message>
        <source>作業の破棄</source>
        <translation>Discard Work</translation>
    </message>
    <message>
        <source>この自動保存された作業を破棄します。破棄すると元に戻せません。
破棄しますか？</source>
        <translation>This autosaved work will be discarded. This cannot be undone.
Discard it?</translation>
    </message>
    <message>
        <source>無題</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>復元できません</source>
        <translation>Cannot Recover</translation>
    </message>
    <message>
        <source>この作業は復元できません。
{0}

自動保存されたファイルを破棄しますか？</source>
        <translation>This work cannot be recovered.
{0}

Discard the autosaved file?</translation>
    </message>
    <message>
        <source>作業を復元しました。保存するまで元のファイルは変更されません。</source>
        <translation>Work recovered. The original file does not change until you save.</translation>
    </message>
    <message>
        <source>バックアップから復元</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>このプロジェクトはまだ保存されていないため、バックアップはありません。</source>
        <translation>This project has not been saved yet, so there are no backups.</translation>
    </message>
    <message>
        <source>「{0}」を {1} に保存した版に戻します。
今の版はバックアップとして残ります。よろしいですか？</source>
        <translation>&quot;{0}&quot; goes back to the version saved {1}.
The current version is kept as a backup. Continue?</translation>
    </message>
    <message>
        <source>この版を開けませんでした。
{0}</source>
        <translation>Could not open this version.
{0}</translation>
    </message>
    <message>
        <source>{0} に保存した版に戻しました</source>
        <translation>Restored the version saved {0}</translation>
    </message>
    <message>
        <source>{0} に保存した版を開きました。保存すると、この版が今のファイルになります。</source>
        <translation>Opened the version saved {0}. Saving makes it the current file.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>プロジェクトの設定</source>
        <translation>Project settings</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>None</translation>
    </message>
    <message>
        <source>書き出した Excel の指標の表の横に、指標ごとのグラフを入れます</source>
        <translation>Exported workbooks get a chart per indicator beside the indicator table</translation>
    </message>
    <message>
        <source>表示名</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>西暦</source>
        <translation>Western year</translation>
    </message>
    <message>
        <source>計画</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>年度の列</source>
        <translation>Year columns</translation>
    </message>
    <message>
        <source>列名と書き出し</source>
        <translation>Column labels and export</translation>
    </message>
    <message>
        <source>Excel にグラフを入れる(&amp;E)</source>
        <translation>Put charts in &amp;Excel</translation>
    </message>
    <message>
        <source>上へ(&amp;U)</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <source>下へ(&amp;D)</source>
        <translation>&amp;Down</translation>
    </message>
    <message>
        <source>西暦を表示名に合わせる(&amp;W)</source>
        <translation>Set &amp;Western years from labels</translation>
    </message>
    <message>
        <source>表示名が示す年度と違う西暦を、表示名どおりに直します（表示名の方が違うときは、表示名を直してください）</source>
        <translation>Sets each Western year that differs from the year its label names to that year (when the label is the wrong one, correct the label instead)</translation>
    </message>
    <message>
        <source>市町村名(&amp;M)</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>計画名(&amp;P)</source>
        <translation>&amp;Plan name</translation>
    </message>
    <message>
        <source>新しいシートの表題(&amp;T)</source>
        <translation>&amp;Title of new sheets</translation>
    </message>
    <message>
        <source>列の数(&amp;C)</source>
        <translation>Number of &amp;columns</translation>
    </message>
    <message>
        <source>評価対象年度(&amp;R)</source>
        <translation>Year under &amp;review</translation>
    </message>
    <message>
        <source>基準値の列名(&amp;B)</source>
        <translation>&amp;Baseline column</translation>
    </message>
    <message>
        <source>目標値の列名(&amp;G)</source>
        <translation>Tar&amp;get column</translation>
    </message>
    <message>
        <source>書き出しのフォント(&amp;F)</source>
        <translation>Export &amp;font</translation>
    </message>
    <message>
        <source>文字の大きさ(&amp;S)</source>
        <translation>Font &amp;size</translation>
    </message>
    <message>
        <source>文字数の上限（各欄）(&amp;L)</source>
        <translation>Character &amp;limit (each text)</translation>
    </message>
    <message>
        <source>自動（実績のある最新の年度）</source>
        <translation>Automatic (latest year with actuals)</translation>
    </message>
    <message>
        <source>空欄なら「{0} 目標値」</source>
        <translation>Empty: “{0} 目標値”</translation>
    </message>
    <message>
        <source>{0} 列目の年度の表示名が空です</source>
        <translation>The label of year column {0} is empty</translation>
    </message>
    <message>
        <source>年度「{0}」が重複しています</source>
        <translation>The year “{0}” appears twice</translation>
    </message>
    <message>
        <source>「{0}」の西暦「{1}」は年ではありません</source>
        <translation>The Western year “{1}” of “{0}” is not a year</translation>
    </message>
    <message>
        <source>{0}は西暦{1}年度です（{2} になっています）</source>
        <translation>{0} is fiscal year {1} (the Western year is {2})</translation>
    </message>
    <message>
        <source>年度の列の削除</source>
        <translation>Remove year columns</translation>
    </message>
    <message>
        <source>削除する年度（{0}）の値が {1} 件あります。値も削除しますか？（元に戻すことができます）</source>
        <translation>The removed years ({0}) hold {1} values. Delete them too? (You can undo this.)</translation>
    </message>
    <message>
        <source>プロジェクトの設定の変更</source>
        <translation>Change project settings</translation>
    </message>
</context>
<context>
    <name>SheetEditor</name>
    <message>
        <source>シートの内容</source>
        <translation>Sheet contents</translation>
    </message>
    <message>
        <source>Ctrl+PgDown で次のタブ、Ctrl+PgUp で前のタブに移ります。</source>
        <translation>Ctrl+PgDown moves to the next tab, Ctrl+PgUp to the previous one.</translation>
    </message>
    <message>
        <source>シートがありません。「シート」メニューの「シートを追加」で追加してください。</source>
        <translation>No sheets. Add one with Sheet → Add sheet.</translation>
    </message>
    <message>
        <source>基本情報</source>
        <translation>Basics</translation>
    </message>
    <message>
        <source>成果指標</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>関連事業・決算額</source>
        <translation>Programs and budget</translation>
    </message>
    <message>
        <source>成果</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>課題・取組方針</source>
        <translation>Issues and policies</translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <source>OK(&amp;O)</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>閉じる(&amp;C)</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>はい(&amp;Y)</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>いいえ(&amp;N)</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>StringListEditor</name>
    <message>
        <source>追加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>上へ</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>下へ</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>{0} の変更</source>
        <translation>Change {0}</translation>
    </message>
    <message>
        <source>{0} の追加</source>
        <translation>Add to {0}</translation>
    </message>
    <message>
        <source>（新しい項目）</source>
        <translation>(new item)</translation>
    </message>
    <message>
        <source>{0} の削除</source>
        <translation>Delete from {0}</translation>
    </message>
    <message>
        <source>{0} の並べ替え</source>
        <translation>Reorder {0}</translation>
    </message>
</context>
<context>
    <name>TopicsPanel</name>
    <message>
        <source>項目を追加</source>
        <translation>Add topic</translation>
    </message>
    <message>
        <source>課題</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>取組方針</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>成果</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>項目がありません。「項目を追加」で追加してください。</source>
        <translation>No topics. Add one with “Add topic”.</translation>
    </message>
    <message>
        <source>見出し</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>見出し（「」は付けずに入力）</source>
        <translation>Heading (without 「」)</translation>
    </message>
    <message>
        <source>項目 {0} の見出し</source>
        <translation>Heading of topic {0}</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>上へ移動</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>下へ移動</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>この項目を削除</source>
        <translation>Delete this topic</translation>
    </message>
    <message>
        <source>項目 {0}: {1}</source>
        <translation>Topic {0}: {1}</translation>
    </message>
    <message>
        <source>項目の追加</source>
        <translation>Add topic</translation>
    </message>
    <message>
        <source>新しい項目</source>
        <translation>New topic</translation>
    </message>
    <message>
        <source>項目の削除</source>
        <translation>Delete topic</translation>
    </message>
    <message>
        <source>「{0}」の成果・課題・取組方針をすべて削除しますか？（元に戻すことができます）</source>
        <translation>Delete the results, issue and policy of “{0}”? (You can undo this.)</translation>
    </message>
    <message>
        <source>項目の並べ替え</source>
        <translation>Reorder topics</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>ようこそ</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>&lt;h2&gt;施策評価シートの作成へようこそ&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome to the policy evaluation sheets&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;1 例を開く</source>
        <translation>&amp;1 Open the example</translation>
    </message>
    <message>
        <source>&amp;2 新しいプロジェクト</source>
        <translation>&amp;2 New project</translation>
    </message>
    <message>
        <source>&amp;3 ブックを取り込む…</source>
        <translation>&amp;3 Import a workbook…</translation>
    </message>
    <message>
        <source>&amp;4 ファイルを開く…</source>
        <translation>&amp;4 Open a file…</translation>
    </message>
    <message>
        <source>&amp;5 使い方を見る</source>
        <translation>&amp;5 Read the guide</translation>
    </message>
    <message>
        <source>記入済みの例（平塚市の施策4）を、名前の付いていない新しいプロジェクトとして開きます。元の例は変わりません。</source>
        <translation>Opens the filled-in example (Hiratsuka, policy 4) as a new, untitled project. The example itself is not changed.</translation>
    </message>
    <message>
        <source>空のシートが一枚あるプロジェクトを作ります。</source>
        <translation>Creates a project with one empty sheet.</translation>
    </message>
    <message>
        <source>昨年度の評価シートなどの Excel ブック（.xlsx）からシートを取り込みます。</source>
        <translation>Imports sheets from an Excel workbook (.xlsx) such as last year&apos;s evaluation sheets.</translation>
    </message>
    <message>
        <source>保存したプロジェクト（.evproj）を開きます。</source>
        <translation>Opens a saved project (.evproj).</translation>
    </message>
    <message>
        <source>使い方（操作の手引き）を開きます。</source>
        <translation>Opens the guide.</translation>
    </message>
    <message>
        <source>はじめての方は「例を開く」で記入済みのシートを見てみましょう。昨年度の Excel の評価シートがあれば「ブックを取り込む」から始められます。困ったときは F1 キーで使い方を開けます。番号の付いたボタンは、数字キー（1〜{0}）を押しても選べます。Esc キーで編集中のプロジェクトに戻ります。</source>
        <translation>New here? Open the example to see a filled-in sheet. If you have last year&apos;s evaluation sheets in Excel, start with Import a workbook. Press F1 for the guide. The numbered buttons can also be chosen with the number keys (1–{0}). Esc returns to the project being edited.</translation>
    </message>
    <message>
        <source>最近使ったファイル(&amp;R)</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>最近使ったファイル</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <source>上下の矢印キーで選び、Enter で開きます。</source>
        <translation>Choose with the up and down arrow keys, open with Enter.</translation>
    </message>
    <message>
        <source>（まだありません）</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>例を開けませんでした。プログラムを入れ直してください。
{0}</source>
        <translation>Could not open the example. Please reinstall the program.
{0}</translation>
    </message>
    <message>
        <source>例を開きました。保存するときは名前を付けて保存します。</source>
        <translation>The example is open. Saving asks for a file name.</translation>
    </message>
</context>
</TS>
