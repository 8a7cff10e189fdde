# صوت المجتمع: شاشة إعدادات واحدة، والأسئلة، وأخبار «قلتم، ففعلنا»، والحملات. الرسائل التي
# نرسلها تظهر على الهاتف المقفل: السطر الأول محايد.

menu-settings = 🔔 التنبيهات والأخبار
menu-voice = 🗳 صوت المجتمع
menu-voice-team = 🗳 الأسئلة والحملات
command-settings = اختر ما نرسله لك
command-voice = أسئلة المجتمع وأخباره

voice-settings-intro = اختر ما تريد أن يصلك منّا. يمكنك التوقف في أي وقت: كل رسالة فيها زر «أوقف هذه». نحتفظ برقم محادثتك فقط ما دام يصلك شيء.
voice-questions = 🗳 أسئلة المجتمع
voice-updates = 📣 أخبار المجتمع
voice-on = نعم
voice-off = لا
voice-every-area = كل المناطق
voice-choose-notice-areas = 🔔 مناطق تنبيهات الأمان
voice-choose-question-areas = 📍 مناطق الأسئلة
voice-stop-everything = 🔕 أوقف كل شيء
voice-question-areas = اختر المناطق التي تريد أسئلة عنها. إن لم تختر أي منطقة تصلك أسئلة كل المناطق.
voice-back-to-settings = ➡️ رجوع
voice-stopped = { $topic ->
    [questions] تم. لن تصلك أسئلة بعد الآن.
    [updates] تم. لن تصلك أخبار بعد الآن.
   *[all] تم. لن يصلك منّا شيء بعد الآن، ولم نعد نحتفظ برقم محادثتك لذلك.
}
voice-stop-these = 🔕 أوقف هذه

voice-archive-title = 🗳 صوت المجتمع: أسئلة لك، ونتائجها، وما فعلناه نحن بإجاباتك.
voice-archive-empty = لا شيء هنا بعد.
voice-everyone = الجميع
voice-poll-closes = لـ: { $area }. مفتوح حتى { $date }.
voice-in-my-words = ✍️ بكلماتي
voice-answer-saved = شكرًا. حفظنا إجابتك. لا أحد يستطيع أن يعرف من أجاب. النتائج بعد { $date }.
voice-answer-already = أجبت عن هذا السؤال من قبل. كل شخص يجيب مرة واحدة.
voice-poll-closed = أُغلق هذا السؤال.
voice-see-results = 📊 النتائج
voice-type-words = اكتب إجابتك بكلمات قليلة (حتى 300 حرف). بلا أسماء ولا أرقام هواتف.
voice-words-review = هذا ما سنحفظه: { $words }
voice-results-title = 📊 النتائج
voice-results-too-few = الإجابات أقل من { $k }: لا نعرض النتائج، لكي نحمي الأشخاص الذين أجابوا.
voice-hidden = مخفي
voice-results-total = كل الإجابات: { $total }
voice-results-words = بكلماتهم:
voice-results-quote = «{ $words }»
voice-results-csv = 📄 النتائج كملف CSV للشركاء (HXL)
voice-update-title = 📣 أخبار، { $date }

voice-poll-letter = 🗳 هناك سؤال جديد موجّه إليك.
voice-update-letter = 📣 لديك أخبار جديدة.

voice-reach-title = الحملات، { $month } (دخول · آراء · اشتراكات):
voice-reach-line = { $name }: { $starts } · { $feedback } · { $optins }
voice-reach-all = كل الحملات
voice-reach-none = لم يُستخدم أي رابط حملة في { $month }.
voice-reach-not-yet = أرقام الحملات لـ { $month } تُقرأ بعد انتهاء أسبوعه الأخير.

voice-team-title = 🗳 اسأل المجتمع، وشارك ما تغيّر، ونظّم الحملات.
voice-ask = ❓ اطرح سؤالًا
voice-write-update = 📣 شارك أخبارًا («قلتم، ففعلنا»)
voice-to-approve = ✅ أخبار للموافقة ({ $count })
voice-campaigns = 📌 الحملات
voice-which-area = لأي منطقة؟
voice-which-language = بأي لغة ستكتب؟ من يقرأ لغة أخرى تصله اللغة الرئيسية.
voice-type-question = اكتب السؤال بـ{ $language }.
voice-type-choices = اكتب الإجابات، كل إجابة في سطر (من 2 إلى 6، قصيرة).
voice-type-choices-again = اكتب الإجابات نفسها ({ $count }) بهذه اللغة، كل إجابة في سطر، بالترتيب نفسه.
voice-choices-problem = { $problem ->
    [too-few] أعطِ إجابتين على الأقل.
    [too-many] أعطِ 6 إجابات على الأكثر.
    [too-long] كل إجابة يجب أن تتسع في زر: 40 حرفًا على الأكثر.
   *[not-the-same] أعطِ عدد الإجابات نفسه كما في اللغة الأولى.
}
voice-opens-now = الآن
voice-opens-later = 🗓 لاحقًا
voice-ask-summary = لـ: { $area }. يُفتح: { $opens }. يُغلق بعد { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}.
voice-another-language = ➕ لغة أخرى
voice-days = { $count ->
    [zero] لا أيام
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
voice-send-question = 📤 أرسل
voice-which-day = في أي يوم يُفتح؟
voice-which-hour = في أي ساعة؟
voice-asked = { $count ->
    [0] حُفظ وفُتح. لا أحد يتلقى الأسئلة بعد؛ يمكن الإجابة في صوت المجتمع.
    [zero] حُفظ وفُتح. لا أحد يتلقى الأسئلة بعد؛ يمكن الإجابة في صوت المجتمع.
    [one] أُرسل إلى شخص واحد.
    [two] أُرسل إلى شخصين.
    [few] أُرسل إلى { $count } أشخاص.
    [many] أُرسل إلى { $count } شخصًا.
   *[other] أُرسل إلى { $count } شخص.
}
voice-asked-later = حُفظ. يُفتح في { $date }.
voice-update-about = ما الذي تجيب عنه هذه الأخبار؟ سؤال أُغلق، أو تقرير آراء.
voice-about-report = تقرير الآراء { $period }
voice-type-update = اكتب الأخبار بـ{ $language }: ما قاله الناس لكم، وما تغيّر. مثلًا: «قلتم لنا إن العيادات تطلب الأوراق. صرنا نعرض 6 عيادات لا تطلبها.»
voice-update-review = هذا ما سيقرؤه الناس. يجب أن يوافق عليه مسؤول آخر أو مدير قبل إرساله.
voice-submit-update = 📤 أرسل للموافقة
voice-update-submitted = أُرسل للموافقة. سنخبرك عند الموافقة.
voice-none-to-approve = لا أخبار للموافقة.
voice-approve-intro = أخبار عن: { $about }
voice-approve = ✅ وافق وأرسل
voice-reject = ✖️ لا ترسل
voice-approved = { $count ->
    [0] تمت الموافقة. لا أحد يتلقى الأخبار بعد؛ هي في صوت المجتمع.
    [zero] تمت الموافقة. لا أحد يتلقى الأخبار بعد؛ هي في صوت المجتمع.
    [one] تمت الموافقة وأُرسلت إلى شخص واحد.
    [two] تمت الموافقة وأُرسلت إلى شخصين.
    [few] تمت الموافقة وأُرسلت إلى { $count } أشخاص.
    [many] تمت الموافقة وأُرسلت إلى { $count } شخصًا.
   *[other] تمت الموافقة وأُرسلت إلى { $count } شخص.
}
voice-rejected = لم تُرسل. سنخبر من كتبها.
voice-update-waiting = 📣 هناك أخبار تنتظر موافقتك.
voice-update-approved = 📣 تمت الموافقة على أخبارك وأُرسلت.
voice-update-not-approved = 📣 لم تتم الموافقة على أخبارك.
voice-campaigns-title = حملاتك:
voice-no-campaigns = لا حملات بعد.
voice-new-campaign = ➕ حملة جديدة
voice-type-campaign-name = اكتب اسمًا قصيرًا للحملة (يراه الفريق فقط).
voice-campaign-starts = في أي يوم تبدأ؟
voice-campaign-ends = في أي يوم تنتهي؟
voice-campaign = 📌 { $name }
    المنطقة: { $area }
    من { $start } إلى { $end }
    الرمز: { $code }
voice-target = { $target ->
    [fb] الآراء
    [optin] التنبيهات والأخبار
    [talk] تحدث مع زميل
   *[menu] القائمة
}
voice-posters-intro = ملصقات (A4 وبطاقة للمحفظة، PNG وPDF)، حسب وجهة رمز QR:
voice-poster-for = 🖨 { $target ->
    [fb] الآراء
    [optin] التنبيهات والأخبار
    [talk] تحدث مع زميل
   *[menu] القائمة
}
voice-poster-language = بأي لغة؟
voice-posters-coming = الملصقات في الطريق.

voice-poster-title = مساعدة مجانية وودية قريبة منك
voice-poster-body = { $target ->
    [fb] أخبرنا كيف عاملتك خدمة ما. دون ذكر اسمك.
    [optin] تصلك أخبار مفيدة عن منطقتك.
    [talk] تحدث مع شخص يفهمك.
   *[menu] اعثر على خدمات ترحب بك، واعرف حقوقك، وأخبرنا بما تحتاجه.
}
voice-poster-scan = امسح الرمز بكاميرا هاتفك، أو افتح:
voice-poster-code = الرمز: { $code }
voice-poster-footer = مجاني. بالإنجليزية والفرنسية والعربية والسواحيلية والإسبانية. لا نسألك عن اسمك أبدًا.
