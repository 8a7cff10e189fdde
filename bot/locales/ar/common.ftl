# Draft translation: to be reviewed by a native speaker.
# Shared words: menu, navigation, hints for input we cannot use, and error messages.
# Keep lines short and plain: many readers read little or use a second language.
# Arabic: short, common words for people who read little: plain imperatives ("اكتب", "اضغط"),
# as most apps write, not formal requests ("يُرجى...").

menu-title = ماذا يمكننا أن نفعل لك؟
menu-language = 🌐 اللغة
menu-privacy = 🔒 الخصوصية
menu-help = ❓ المساعدة
menu-exit = 🚪 خروج سريع
menu-team-tools = 🧰 الفريق
menu-team-title = أدوات الفريق:
menu-whoami = 🪪 دوري
menu-invite = ➕ دعوة
menu-team = 👥 فريقي
menu-back = ➡️ القائمة

common-back = ➡️ رجوع
common-next = التالي ⬅️
common-previous = ➡️ السابق
common-cancelled = توقّفنا. لم نحفظ أي شيء آخر.
common-no-longer-available = هذا الزر لم يعد يعمل.
common-not-available = هذا غير متاح لك.
common-unknown-command = لا أعرف هذا الأمر. يمكنك استخدام الأزرار، أو إرسال /help.
common-use-buttons = استخدم الأزرار في الأسفل.
# Sent for stickers, voice notes, photos, files, contacts and locations we cannot use.
common-unsupported = لا أستطيع استخدام هذا هنا، ولا أحتفظ به. استخدم الأزرار في الأسفل.
common-flow-hint = اكتب إجابتك، أو أرسل /cancel للتوقف.
common-something-went-wrong = حدث خطأ. حاول مرة أخرى.

errors-kept = عذرًا، حدث خطأ من جهتنا. لكن ما أرسلته تم حفظه.
errors-not-kept = عذرًا، حدث خطأ من جهتنا. ما أرسلته لم يُحفظ. حاول مرة أخرى من فضلك.

# Descriptions in Telegram's command menu (up to 256 characters each).
command-start = القائمة الرئيسية
command-help = ماذا يستطيع هذا البوت أن يفعل
command-language = تغيير اللغة
command-privacy = ماذا نحفظ وكيف يمكن مسحه
command-cancel = إيقاف العملية الحالية
command-whoami = دورك وإعداداتك
command-invite = دعوة شخص إلى الفريق
command-team = فريقك
command-find = البحث عن خدمة
command-search = البحث عن خدمات بكلمة
command-review = مراجعة الخدمات المقترحة
command-plan = تخطيط جلسة تواصل ميداني
command-sessions = جلسات التواصل الميداني
command-mine = جلسات التواصل الميداني الخاصة بك
command-figures = أرقام التواصل الميداني الشهرية
command-feedback = إبداء الرأي دون الكشف عن الهوية
command-report = تقرير الآراء
command-exit = امسح هذه المحادثة الآن
exit-keep-role-ask = امسح هذه المحادثة الآن. هل تريد أيضًا ترك دورك في الفريق؟
exit-keep-role = أبقِ دوري، وامسح المحادثة
exit-leave-role = اترك دوري أيضًا
exit-done = ✔
command-rights = اعرف حقوقك
command-alerts = تنبيهات السلامة
command-talk = التحدث مع أحد الأقران دون الكشف عن هويتك
command-duty = كن متاحًا للتحدث

# Words that must never appear in the first 120 characters of a message the bot sends to
# someone who did not just write (a lock screen shows that much): a test checks every such
# message in this language against this list. Comma-separated; a * at the end of a word also
# matches longer words that start with it; other words match whole words only. Capitals,
# accents and vowel marks do not matter. Translators: add the words people here would use, but
# no everyday word (a French "arrêté" is also "stopped"): every message must be able to pass.
# In Arabic a word also matches with و ف ب ك ل or ال written joined in front of it.
# stigma-check: skip (the words to hide from lock screens, not words we use)
sensitive-words = العمل الجنسي*, العاملات في الجنس, العاملين في الجنس, الجنس, دعارة*, شرطة*, الشرطة, اعتقال*, احتجاز*, عنف*, اغتصاب*, اعتداء*, زبون*, زبائن*, عميل*, عملاء, واقي*, مزلق*, فيروس نقص المناعة*, الإيدز, إجهاض*, ترحيل*, لجوء, أوراق*, سرقة*, خطر*, في مجال الجنس

# Under what a lead wrote (a notice, a poll, an update) when it has a stigmatising word; the
# words come from stigma.txt. A warning: the lead decides.
# stigma-check: skip (names the words to avoid)
stigma-warning = ⚠️ بعض الكلمات تجرح الناس. فكّر في تغييرها قبل الإرسال:
# stigma-check: skip (names the words to avoid)
stigma-warning-line = • «{ $term }»: قل { $preferred }
