<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/tawsim/gui/actions.py" line="+24"/>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an article or a Tawsim annotation file</source>
        <translation>فتح مقال أو ملف وسوم من توسيم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the annotations as Tawsim JSON</source>
        <translation>حفظ الوسوم بصيغة JSON الخاصة بتوسيم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the annotations to another file</source>
        <translation>حفظ الوسوم في ملف آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the annotations to another format</source>
        <translation>تصدير الوسوم إلى صيغة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the window</source>
        <translation>إغلاق النافذة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change</source>
        <translation>التراجع عن آخر تغيير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo the change undone last</source>
        <translation>إعادة آخر تغيير تم التراجع عنه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete annotation</source>
        <translation>&amp;حذف الوسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the current annotation</source>
        <translation>حذف الوسم الحالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set boundaries to &amp;selection</source>
        <translation>مطابقة الحدود لل&amp;تحديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the current annotation onto the selected words</source>
        <translation>نقل الوسم الحالي إلى الكلمات المحددة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start one word earlier</source>
        <translation>تقديم البداية كلمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend the annotation by one word at its start</source>
        <translation>مدّ الوسم كلمةً من بدايته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start one word later</source>
        <translation>تأخير البداية كلمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shrink the annotation by one word at its start</source>
        <translation>تقليص الوسم كلمةً من بدايته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End one word later</source>
        <translation>تأخير النهاية كلمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend the annotation by one word at its end</source>
        <translation>مدّ الوسم كلمةً من نهايته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End one word earlier</source>
        <translation>تقديم النهاية كلمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shrink the annotation by one word at its end</source>
        <translation>تقليص الوسم كلمةً من نهايته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Link speaker…</source>
        <translation>&amp;ربط المتحدث…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the claim to its speaker, chosen from the names near it</source>
        <translation>ربط الادعاء بمتحدثه، يُختار من الأسماء القريبة منه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit figure &amp;value</source>
        <translation>تحرير &amp;قيمة الرقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the current figure&apos;s value, unit and qualifier</source>
        <translation>تحرير قيمة الرقم الحالي ووحدته ومقيِّده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next suggestion</source>
        <translation>الاقتراح ال&amp;تالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next suggestion</source>
        <translation>الانتقال إلى الاقتراح التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous suggestion</source>
        <translation>الاقتراح ال&amp;سابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the previous suggestion</source>
        <translation>الانتقال إلى الاقتراح السابق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept</source>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the suggestion and go to the next one</source>
        <translation>قبول الاقتراح والانتقال إلى التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the suggestion and go to the next one</source>
        <translation>رفض الاقتراح والانتقال إلى التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept &amp;all suggestions</source>
        <translation>قبول &amp;كل الاقتراحات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept every suggestion still pending</source>
        <translation>قبول كل اقتراح لم يُبتّ فيه بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject all suggestions</source>
        <translation>رفض كل الاقتراحات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject every suggestion still pending</source>
        <translation>رفض كل اقتراح لم يُبتّ فيه بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual size</source>
        <translation>الحجم ال&amp;فعلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text at its normal size</source>
        <translation>النص بحجمه العادي</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Tag the selection as {title} ({code})</source>
        <translation>وسم التحديد بـ«{title}» ({code})</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <location filename="../../src/tawsim/gui/agreement_menu.py" line="+28"/>
        <source>&amp;Curate versions…</source>
        <translation>&amp;تنقيح النسخ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open annotators&apos; versions of one article together and decide each difference</source>
        <translation>فتح نسخ الموسِّمين لمقال واحد معًا والبتّ في كل اختلاف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotator a&amp;greement…</source>
        <translation>ا&amp;تفاق الموسِّمين…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement between annotators&apos; versions, as a heatmap of labels by pair</source>
        <translation>الاتفاق بين نسخ الموسِّمين، خريطةً حرارية للتصنيفات حسب كل زوج</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tawsim versions (*.json)</source>
        <translation>نسخ توسيم (*.json)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Versions of one article to curate</source>
        <translation>نسخ مقال واحد لتنقيحها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot curate</source>
        <translation>تعذّر التنقيح</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Annotators&apos; versions</source>
        <translation>نسخ الموسِّمين</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No agreement</source>
        <translation>لا يمكن حساب الاتفاق</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../src/tawsim/gui/agreement_view.py" line="+67"/>
        <source>Agreement — Tawsim</source>
        <translation>الاتفاق — توسيم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cohen&apos;s kappa on token labels, by label and annotator pair. Krippendorff&apos;s alpha over {annotators}: {alpha}; {documents} documents.</source>
        <translation>معامل كابا لكوهين على تصنيفات الكلمات، حسب التصنيف وكل زوج من الموسِّمين. معامل ألفا لكريبندورف بين {annotators}: {alpha}؛ عدد المستندات: {documents}.</translation>
    </message>
</context>
<context>
    <name>AgreementHeatmap</name>
    <message>
        <location line="-19"/>
        <source>overall</source>
        <translation>الإجمالي</translation>
    </message>
</context>
<context>
    <name>AnnotationTable</name>
    <message>
        <location filename="../../src/tawsim/gui/annotation_table.py" line="+22"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../src/tawsim/gui/article_view.py" line="+160"/>
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The article, right to left; select words to annotate them</source>
        <translation>المقال من اليمين إلى اليسار؛ حدّد كلمات لوسمها</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../src/tawsim/gui/autosave_notice.py" line="+12"/>
        <source>Autosave failed: {reason}. Save your work with Ctrl+S.</source>
        <translation>فشل الحفظ التلقائي: {reason}. احفظ عملك بـ Ctrl+S.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Autosave failed</source>
        <translation>فشل الحفظ التلقائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your unsaved work could not be autosaved: {reason}
Tawsim keeps trying; save with Ctrl+S to be safe. This message is shown once.</source>
        <translation>تعذّر الحفظ التلقائي لعملك غير المحفوظ: {reason}
سيواصل توسيم المحاولة؛ احفظ بـ Ctrl+S احتياطًا. تظهر هذه الرسالة مرة واحدة.</translation>
    </message>
</context>
<context>
    <name>AutosaveMenu</name>
    <message>
        <location filename="../../src/tawsim/gui/autosave_menu.py" line="+11"/>
        <source>&amp;Off</source>
        <translation>&amp;معطّل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every &amp;30 seconds</source>
        <translation>كل &amp;30 ثانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every &amp;minute</source>
        <translation>كل &amp;دقيقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every &amp;5 minutes</source>
        <translation>كل &amp;5 دقائق</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Autosave</source>
        <translation>ال&amp;حفظ التلقائي</translation>
    </message>
</context>
<context>
    <name>ConflictHandlers</name>
    <message>
        <location filename="../../src/tawsim/gui/conflicts.py" line="+41"/>
        <source>The file on disk cannot be read: {error}</source>
        <translation>تعذّرت قراءة الملف على القرص: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On disk: {disk} annotations, {only_disk} not in this window; here: {here}, {only_here} not on disk.</source>
        <translation>على القرص: {disk} من الوسوم، منها {only_disk} ليست في هذه النافذة؛ وهنا: {here}، منها {only_here} ليست على القرص.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File changed on disk</source>
        <translation>تغيّر الملف على القرص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was changed on disk since this window opened it (another window or program saved it). Saving now would overwrite those changes.</source>
        <translation>تغيّر الملف {file} على القرص منذ فتحته هذه النافذة (حفظته نافذة أو برنامج آخر). الحفظ الآن يكتب فوق تلك التغييرات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload from disk</source>
        <translation>إعادة التحميل من القرص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite</source>
        <translation>الكتابة فوقه</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Read-only file</source>
        <translation>ملف للقراءة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is read-only. Replace it anyway? It stays read-only.</source>
        <translation>الملف {file} للقراءة فقط. أتستبدله رغم ذلك؟ سيبقى للقراءة فقط.</translation>
    </message>
</context>
<context>
    <name>CorpusSearchPanel</name>
    <message>
        <location filename="../../src/tawsim/gui/corpus_search.py" line="+115"/>
        <source>Search the project… (Enter)</source>
        <translation>ابحث في المشروع… (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corpus search</source>
        <translation>البحث في المدوّنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label to tag the selected occurrences with</source>
        <translation>التصنيف الذي تُوسم به المواضع المحددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag selected</source>
        <translation>وسم المحدد</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (first ones only)</source>
        <translation> (الأولى فقط)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} occurrences in {documents} documents</source>
        <translation>المواضع: {count} في {documents} من المستندات</translation>
    </message>
</context>
<context>
    <name>CurationWindow</name>
    <message>
        <location filename="../../src/tawsim/gui/curation.py" line="+36"/>
        <source>Take &amp;both</source>
        <translation>أخذ ال&amp;اثنين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drop it</source>
        <translation>&amp;إسقاطه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next difference</source>
        <translation>الاختلاف ال&amp;تالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous difference</source>
        <translation>الاختلاف ال&amp;سابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save curated version</source>
        <translation>&amp;حفظ النسخة المنقّحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only in</source>
        <translation>موجود فقط عند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another label</source>
        <translation>تصنيف مختلف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other boundaries</source>
        <translation>حدود مختلفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another speaker</source>
        <translation>متحدث مختلف</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Curate {name} — {annotators} — Tawsim</source>
        <translation>تنقيح {name} — {annotators} — توسيم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differences</source>
        <translation>الاختلافات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Curate</source>
        <translation>&amp;تنقيح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take {annotator}&apos;s version</source>
        <translation>أخذ نسخة {annotator}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{keys}, B both, X drop, Space next — curator: {curator}</source>
        <translation>{keys}، B للاثنين، X للإسقاط، المسافة للتالي — المنقّح: {curator}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No differences: every annotator agrees.</source>
        <translation>لا اختلافات: كل الموسِّمين متفقون.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{difference} — {left} left</source>
        <translation>{difference} — المتبقي: {left}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>, speaker «{text}»</source>
        <translation>، المتحدث «{text}»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved decisions</source>
        <translation>قرارات غير محفوظة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the curated version to {file} first?</source>
        <translation>أتحفظ النسخة المنقّحة في {file} أولًا؟</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {file}</source>
        <translation>حُفظ {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; {left} differences still open</source>
        <translation>؛ اختلافات لم يُبتّ فيها بعد: {left}</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../src/tawsim/gui/documents_model.py" line="+15"/>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted</source>
        <translation>المقبول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>اليدوي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location line="+100"/>
        <source>Filter: name or state…</source>
        <translation>تصفية: الاسم أو الحالة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
</context>
<context>
    <name>DroppedHandlers</name>
    <message>
        <location filename="../../src/tawsim/gui/dropped_panel.py" line="+161"/>
        <source>“{text}” is no longer in the article: select where it goes, then Place at selection</source>
        <translation>لم يعد «{text}» في المقال: حدّد موضعه ثم اختر «ضعه في التحديد»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found “{text}”: Place at selection tags it {label} again</source>
        <translation>وُجد «{text}»: «ضعه في التحديد» يسمه «{label}» من جديد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select where “{text}” goes first (Find in article looks for it)</source>
        <translation>حدّد أولًا موضع «{text}» («ابحث في المقال» يبحث عنه)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The selection holds no word to tag</source>
        <translation>لا يحوي التحديد كلمة تُوسم</translation>
    </message>
</context>
<context>
    <name>DroppedPanel</name>
    <message>
        <location line="-113"/>
        <source>Annotations dropped on reopening</source>
        <translation>وسوم سقطت عند إعادة الفتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped annotations</source>
        <translation>الوسوم الساقطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where it was</source>
        <translation>أين كان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in article</source>
        <translation>ابحث في المقال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place at selection</source>
        <translation>ضعه في التحديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>استبعده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the occurrence of its text nearest to where it was</source>
        <translation>تحديد أقرب موضع لنصه من مكانه السابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag the selected words with its label and values again (undoable)</source>
        <translation>وسم الكلمات المحددة بتصنيفه وقيمه من جديد (يمكن التراجع عنه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it out for good</source>
        <translation>استبعاده نهائيًا</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The article changed since these annotations were saved, and these could not be found again: {count}. Find each one (or select where it goes), then Place at selection, or Discard it.</source>
        <translation>تغيّر المقال منذ حُفظت هذه الوسوم، وتعذّر العثور على هذه من جديد: {count}. ابحث عن كل منها (أو حدّد موضعه) ثم اختر «ضعه في التحديد»، أو استبعده.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../src/tawsim/gui/editing.py" line="+113"/>
        <source>overlaps the {label} annotation “{text}”</source>
        <translation>يتداخل مع وسم «{label}» على «{text}»</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Tagged {label} “{text}”</source>
        <translation>وُسم «{text}» بـ«{label}»</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Labelled {label} “{text}”</source>
        <translation>صُنّف «{text}» بـ«{label}»</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../src/tawsim/gui/export_dialog.py" line="+18"/>
        <source>brat standoff: NAME.txt and NAME.ann per document</source>
        <translation>صيغة brat المنفصلة: الملفان NAME.txt وNAME.ann لكل مستند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CoNLL IOB2: token, then one tag column per category</source>
        <translation>صيغة CoNLL IOB2: الكلمة، ثم عمود وسوم لكل فئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doccano JSONL: text and [start, end, label]</source>
        <translation>صيغة doccano JSONL: النص و[البداية، النهاية، التصنيف]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label Studio JSON tasks with annotations and predictions</source>
        <translation>مهام Label Studio بصيغة JSON مع الوسوم والتنبؤات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spaCy DocBin with doc.ents and span groups (needs tawsim[spacy])</source>
        <translation>ملف spaCy DocBin مع doc.ents ومجموعات المقاطع (يتطلب tawsim[spacy])</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV of claims for fact-checkers: speaker, figures, status, offsets</source>
        <translation>جدول CSV بالادعاءات لمدققي الحقائق: المتحدث والأرقام والحالة والمواضع</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location line="+15"/>
        <location line="+42"/>
        <source>Export annotations</source>
        <translation>تصدير الوسوم</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Export format</source>
        <translation>صيغة التصدير</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to file</source>
        <translation>التصدير إلى ملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include pending suggestions ({count})</source>
        <translation>تضمين الاقتراحات المعلّقة ({count})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../../src/tawsim/gui/export_menu.py" line="+37"/>
        <source>{file} is the article itself; export to another name or folder</source>
        <translation>{file} هو المقال نفسه؛ صدّر باسم آخر أو إلى مجلد آخر</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Export</source>
        <translation>تصدير &amp;بصيغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include pending suggestions</source>
        <translation>تضمين الاقتراحات المعلّقة</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export annotations</source>
        <translation>تصدير الوسوم</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported as {format} to {files}: {count} annotations</source>
        <translation>صُدّرت الوسوم بصيغة {format} إلى {files}: {count} وسمًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, pending suggestions among them: {count}</source>
        <translation>، منها اقتراحات معلّقة: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (nothing is accepted yet; include the pending suggestions to export them: {count})</source>
        <translation> (لم يُقبل شيء بعد؛ ضمّن الاقتراحات المعلّقة لتصديرها: {count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing exported</source>
        <translation>لم يُصدَّر شيء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the format could not keep</source>
        <translation>ما لم تحفظه الصيغة</translation>
    </message>
</context>
<context>
    <name>FileHandlers</name>
    <message>
        <location filename="../../src/tawsim/gui/file_actions.py" line="+28"/>
        <source>Articles and annotation files (*.txt *.json);;Articles (*.txt);;Tawsim JSON (*.json);;All files (*)</source>
        <translation>المقالات وملفات الوسوم (*.txt *.json);;المقالات (*.txt);;ملفات توسيم (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an article or annotation file</source>
        <translation>فتح مقال أو ملف وسوم</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recovered unsaved work from {file}</source>
        <translation>استُعيد العمل غير المحفوظ من {file}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open</source>
        <translation>تعذّر الفتح</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annotations moved with the changed text: {count}</source>
        <translation>وسوم انتقلت مع النص المعدّل: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened with remarks</source>
        <translation>فُتح مع ملاحظات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recover unsaved work?</source>
        <translation>أتستعيد العمل غير المحفوظ؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tawsim closed before this work was saved. Recover the copy autosaved at {when}?</source>
        <translation>أُغلق توسيم قبل حفظ هذا العمل. أتستعيد النسخة المحفوظة تلقائيًا في {when}؟</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save annotations</source>
        <translation>حفظ الوسوم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tawsim JSON (*.json)</source>
        <translation>ملفات توسيم (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{error}
Your work is still open; save it elsewhere.</source>
        <translation>{error}
عملك ما زال مفتوحًا؛ احفظه في مكان آخر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {file}</source>
        <translation>حُفظ {file}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes to the annotations first?</source>
        <translation>أتحفظ التغييرات على الوسوم أولًا؟</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <location filename="../../src/tawsim/gui/corpus_search.py" line="-127"/>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{document}: characters {start} to {end}</source>
        <translation>{document}: المحارف من {start} إلى {end}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../src/tawsim/gui/language.py" line="+158"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة (Language)</translation>
    </message>
</context>
<context>
    <name>LearnedNamesDialog</name>
    <message>
        <location filename="../../src/tawsim/gui/learned_names.py" line="+18"/>
        <source>Learned names</source>
        <translation>الأسماء المتعلَّمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times</source>
        <translation>المرات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forget</source>
        <translation>انسَ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither suggest nor keep away these names again</source>
        <translation>لا تقترح هذه الأسماء ولا تستبعدها بعد الآن</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>suggested again</source>
        <translation>يُقترح مجددًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept away</source>
        <translation>مستبعد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Names suggested again: {names}; rejections kept away: {rejections}</source>
        <translation>أسماء تُقترح مجددًا: {names}؛ مرفوضات مستبعدة: {rejections}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/tawsim/gui/main_window.py" line="+45"/>
        <location filename="../../src/tawsim/gui/window_texts.py" line="+32"/>
        <source>Tawsim</source>
        <translation>توسيم</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../../src/tawsim/gui/window_texts.py" line="+1"/>
        <source>Annotation counts</source>
        <translation>أعداد الوسوم</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>{total} annotations, {pending} suggestions to review</source>
        <translation>الوسوم: {total}، اقتراحات للمراجعة: {pending}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{label} ({status}) — {text}</source>
        <translation>{label} ({status}) — {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>speaker: {text}</source>
        <translation>المتحدث: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>value: {value} {unit}</source>
        <translation>القيمة: {value} {unit}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no file</source>
        <translation>لا ملف</translation>
    </message>
    <message>
        <location line="-10"/>
        <source> — annotations to place again: {count}</source>
        <translation> — وسوم تنتظر إعادة وضعها: {count}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}[*] — Tawsim</source>
        <translation>{name}[*] — توسيم</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../../src/tawsim/gui/project_workbench.py" line="+42"/>
        <source>Open &amp;Project…</source>
        <translation>فتح &amp;مشروع…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a folder of articles as a project</source>
        <translation>فتح مجلد مقالات مشروعًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Pro&amp;ject…</source>
        <translation>تصدير الم&amp;شروع…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the project&apos;s done documents</source>
        <translation>تصدير مستندات المشروع المنجزة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next unfinished document</source>
        <translation>المستند غير المنجز ال&amp;تالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and go to the next document not done</source>
        <translation>الحفظ والانتقال إلى المستند التالي غير المنجز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;done</source>
        <translation>تعليم المستند &amp;منجزًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark this document done (again: not done)</source>
        <translation>تعليم هذا المستند منجزًا (مرة أخرى: غير منجز)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Suggest all</source>
        <translation>ا&amp;قتراح لكل المستندات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest every document that has no annotations yet, in the background</source>
        <translation>اقتراح وسوم لكل مستند لا وسوم له بعد، في الخلفية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel suggest all</source>
        <translation>إ&amp;لغاء الاقتراح لكل المستندات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop suggesting the remaining documents</source>
        <translation>إيقاف الاقتراح للمستندات الباقية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export unfinished documents too</source>
        <translation>تصدير المستندات غير المنجزة أيضًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project export: also documents not done</source>
        <translation>تصدير المشروع: المستندات غير المنجزة أيضًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Learned names…</source>
        <translation>الأسماء ال&amp;متعلَّمة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the project learned from your decisions; forget an entry</source>
        <translation>ما تعلّمه المشروع من قراراتك؛ انسَ مدخلًا</translation>
    </message>
</context>
<context>
    <name>ProjectLearning</name>
    <message>
        <location filename="../../src/tawsim/gui/project_learning.py" line="+107"/>
        <source>Learning failed: {reason}</source>
        <translation>فشل التعلّم: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing learned yet</source>
        <translation>لم يُتعلَّم شيء بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learned from {documents} annotated document(s): {names} names remembered, {rejections} rejections; the model suggests {labels}</source>
        <translation>تعلّم من {documents} من المستندات الموسومة: {names} من الأسماء المحفوظة، و{rejections} من المرفوضات؛ ويقترح النموذج {labels}</translation>
    </message>
</context>
<context>
    <name>ProjectOverview</name>
    <message>
        <location filename="../../src/tawsim/gui/project_overview.py" line="+23"/>
        <location line="+13"/>
        <source>Project overview</source>
        <translation>نظرة عامة على المشروع</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Progress: {done} / {total} done</source>
        <translation>التقدم: {done} / {total} منجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No documents</source>
        <translation>لا مستندات</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Labels (not rejected)</source>
        <translation>التصنيفات (غير المرفوضة)</translation>
    </message>
</context>
<context>
    <name>ProjectWorkbench</name>
    <message>
        <location filename="../../src/tawsim/gui/project_workbench.py" line="+73"/>
        <source>Project progress</source>
        <translation>تقدم المشروع</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}[*] — {project} — Tawsim</source>
        <translation>{name}[*] — {project} — توسيم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{project} — Tawsim</source>
        <translation>{project} — توسيم</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Open a project folder</source>
        <translation>فتح مجلد مشروع</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Indexing the project…</source>
        <translation>فهرسة المشروع…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open the project</source>
        <translation>تعذّر فتح المشروع</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{folder}: this project has no articles yet (add .txt files to the folder)</source>
        <translation>{folder}: لا مقالات في هذا المشروع بعد (أضف ملفات ‎.txt إلى المجلد)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only project</source>
        <translation>مشروع للقراءة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}. Changes stay in this window only.</source>
        <translation>{reason}. تبقى التغييرات في هذه النافذة فقط.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project {folder}: {count} documents</source>
        <translation>المشروع {folder}: عدد المستندات {count}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{done} / {total} done</source>
        <translation>{done} / {total} منجز</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No suggestions: the rules could not be loaded: {error}</source>
        <translation>لا اقتراحات: تعذّر تحميل القواعد: {error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open</source>
        <translation>تعذّر الفتح</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Annotations cannot be read</source>
        <translation>تعذّرت قراءة الوسوم</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{reason}.
There is no backup ({backup}); fix or remove the file.</source>
        <translation>{reason}.
لا توجد نسخة احتياطية ({backup})؛ أصلح الملف أو أزله.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{reason}.
Restore the backup {backup}? (No leaves both files as they are.)</source>
        <translation>{reason}.
أتستعيد النسخة الاحتياطية {backup}؟ («لا» تترك الملفين كما هما.)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup not restored</source>
        <translation>لم تُستعد النسخة الاحتياطية</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{error}
Your work is still open.</source>
        <translation>{error}
عملك ما زال مفتوحًا.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every document is done</source>
        <translation>كل المستندات منجزة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: done</source>
        <translation>{name}: منجز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{name}: not done</source>
        <translation>{name}: غير منجز</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Suggest all: not available now</source>
        <translation>الاقتراح لكل المستندات: غير متاح الآن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggestions are turned off</source>
        <translation>الاقتراحات معطّلة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggesting…</source>
        <translation>جارٍ الاقتراح…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source> (cancelled)</source>
        <translation> (أُلغي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; {count} failed: {first}</source>
        <translation>؛ فشل {count}: {first}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggest all: {count} documents suggested</source>
        <translation>الاقتراح لكل المستندات: اقتُرحت وسوم {count} من المستندات</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not tagged: {reason}</source>
        <translation>لم يُوسم: {reason}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not all tagged</source>
        <translation>لم يُوسم الكل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tagged {count} occurrences {label} in {documents} documents</source>
        <translation>وُسم {count} من المواضع بـ«{label}» في {documents} من المستندات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the project</source>
        <translation>تصدير المشروع</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {count} documents as {format} to {path}</source>
        <translation>صُدِّر {count} من المستندات بصيغة {format} إلى {path}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../src/tawsim/gui/qt_texts.py" line="+21"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>مجلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>قرص</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-3"/>
        <source>&amp;Look in:</source>
        <translation>ال&amp;بحث في:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>الملفات من ال&amp;نوع:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="+3"/>
        <source>Discard</source>
        <translation>لا تحفظ</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <location line="+1"/>
        <source>Scroll Left</source>
        <translation>التمرير إلى اليسار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll Right</source>
        <translation>التمرير إلى اليمين</translation>
    </message>
</context>
<context>
    <name>ReviewHandlers</name>
    <message>
        <location filename="../../src/tawsim/gui/review_actions.py" line="+46"/>
        <source>No more suggestions after this point</source>
        <translation>لا اقتراحات بعد هذا الموضع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No suggestions before this point</source>
        <translation>لا اقتراحات قبل هذا الموضع</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Accepted</source>
        <translation>قُبل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>رُفض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{decided}: “{text}”. That was the last suggestion.</source>
        <translation>{decided}: «{text}». كان ذلك آخر اقتراح.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{decided}: “{text}”</source>
        <translation>{decided}: «{text}»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted 1 suggestion ({what})</source>
        <translation>قُبل اقتراح واحد ({what})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted {count} suggestions ({what})</source>
        <translation>قُبل {count} من الاقتراحات ({what})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected 1 suggestion ({what})</source>
        <translation>رُفض اقتراح واحد ({what})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected {count} suggestions ({what})</source>
        <translation>رُفض {count} من الاقتراحات ({what})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select the words to tag first</source>
        <translation>حدّد الكلمات المراد وسمها أولًا</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The selection holds no word to tag</source>
        <translation>لا كلمة في التحديد لوسمها</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1 other occurrence of “{text}” suggested (one undo removes it)</source>
        <translation>اقتُرح موضع آخر لـ«{text}» (تراجع واحد يزيله)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} other occurrences of “{text}” suggested (one undo removes them)</source>
        <translation>اقتُرح {count} من المواضع الأخرى لـ«{text}» (تراجع واحد يزيلها)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>That would overlap the {label} annotation “{text}”</source>
        <translation>هذا يتداخل مع وسم «{label}» على «{text}»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select the words the annotation should cover</source>
        <translation>حدّد الكلمات التي يجب أن يغطيها الوسم</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Put the caret in a claim to link its speaker</source>
        <translation>ضع المؤشر في ادعاء لربط متحدثه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No person or organisation is tagged near this claim</source>
        <translation>لا شخص ولا منظمة موسومان قرب هذا الادعاء</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Speaker: {text}</source>
        <translation>المتحدث: {text}</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../src/tawsim/gui/side_panel.py" line="+76"/>
        <source>Annotation details</source>
        <translation>تفاصيل الوسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annotated text</source>
        <translation>النص الموسوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was suggested</source>
        <translation>سبب الاقتراح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figure value</source>
        <translation>قيمة الرقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to</source>
        <translation>حتى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A range&apos;s high end</source>
        <translation>الحد الأعلى للمدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figure unit</source>
        <translation>وحدة الرقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualifier</source>
        <translation>المقيِّد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figure qualifier</source>
        <translation>مقيِّد الرقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply figure values</source>
        <translation>تطبيق قيم الرقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure value problem</source>
        <translation>مشكلة في قيمة الرقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date value</source>
        <translation>قيمة التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The date or time as ISO 8601</source>
        <translation>التاريخ أو الوقت بالصيغة المعيارية الدولية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speaker of the claim</source>
        <translation>متحدث الادعاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the claim to its speaker</source>
        <translation>ربط الادعاء بمتحدثه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link speaker…</source>
        <translation>ربط المتحدث…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No annotation selected</source>
        <translation>لم يُحدَّد وسم</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{text}  {place}</source>
        <translation>{text}  {place}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{text}” is not a number</source>
        <translation>«{text}» ليس عددًا</translation>
    </message>
</context>
<context>
    <name>SpeakerPicker</name>
    <message>
        <location filename="../../src/tawsim/gui/speaker_picker.py" line="+21"/>
        <source>Speaker of the claim</source>
        <translation>متحدث الادعاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the speaker of the claim</source>
        <translation>اختر متحدث الادعاء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nearby names</source>
        <translation>الأسماء القريبة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1–9 or ↑↓ and Enter to choose, Esc to cancel</source>
        <translation>1–9 أو ↑↓ ثم Enter للاختيار، Esc للإلغاء</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <location filename="../../src/tawsim/gui/table_panel.py" line="+55"/>
        <source>Annotations</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by category</source>
        <translation>التصفية حسب الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by status</source>
        <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <location filename="../../src/tawsim/gui/actions.py" line="-29"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept all</source>
        <translation>قبول الكل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../src/tawsim/gui/vocabulary.py" line="+14"/>
        <source>suggested</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entity</source>
        <translation>كيان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>figure</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claim</source>
        <translation>ادعاء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable</source>
        <translation>غير مقروء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corrupt</source>
        <translation>تالف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>percent</source>
        <translation>بالمئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>أشخاص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>km2</source>
        <translation>كم²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>km</source>
        <translation>كم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD</source>
        <translation>دولار أمريكي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EUR</source>
        <translation>يورو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYP</source>
        <translation>ليرة سورية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about</source>
        <translation>نحو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more_than</source>
        <translation>أكثر من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less_than</source>
        <translation>أقل من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at_least</source>
        <translation>على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at_most</source>
        <translation>على الأكثر</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../../src/tawsim/gui/actions.py" line="-109"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>الملفات ال&amp;أخيرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review</source>
        <translation>م&amp;راجعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept all suggestions of &amp;label</source>
        <translation>قبول كل اقتراحات &amp;تصنيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept all suggestions of &amp;category</source>
        <translation>قبول كل اقتراحات &amp;فئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Labels</source>
        <translation>الت&amp;صنيفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag as</source>
        <translation>وسم بـ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Project</source>
        <translation>م&amp;شروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotation</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped on reopening</source>
        <translation>ما سقط عند إعادة الفتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corpus search</source>
        <translation>البحث في المدوّنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project overview</source>
        <translation>نظرة عامة على المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>التصنيفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
</context>
</TS>
