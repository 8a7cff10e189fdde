# Draft translation: to be reviewed by a native speaker.
# The service directory: finding services, service cards, referral notes, proposing and vetting.
# Words: "التحقق" = check that a service is still right; "المراجعة" = review a proposed service.
# Category names have no "ال" so that a search for "صحة" or "مأوى" finds them.

# $category is one of the category codes.
directory-category = { $category ->
    [health] صحة
    [hiv-sti] فيروس نقص المناعة والأمراض المنقولة جنسيًا: فحص وعلاج، PrEP وPEP
    [sexual-health] صحة جنسية وإنجابية
    [mental-health] صحة نفسية
    [legal-aid] مساعدة قانونية
    [gbv] مساعدة بعد التعرض للعنف
    [shelter] مأوى آمن
    [drop-in] مركز استقبال بدون موعد
    [livelihood] عمل ودخل
    [documentation] وثائق ولجوء
    [harm-reduction] الحد من الضرر
    [sex-worker-led] منظمة يقودها العاملون والعاملات في مجال الجنس
    [peer-support] مجموعة دعم بين الأقران
   *[emergency] طوارئ
}
# A service type on a button: its icon and a short name (30 characters at most).
directory-category-button = { $category ->
    [health] 🩺 صحة
    [hiv-sti] 🧪 الإيدز والأمراض الجنسية
    [sexual-health] 🌸 صحة جنسية
    [mental-health] 🧠 صحة نفسية
    [legal-aid] ⚖️ مساعدة قانونية
    [gbv] 🆘 مساعدة بعد العنف
    [shelter] 🏠 مأوى آمن
    [drop-in] ☕ مركز استقبال
    [livelihood] 💼 عمل ودخل
    [documentation] 📄 وثائق ولجوء
    [harm-reduction] 💉 الحد من الضرر
    [sex-worker-led] ✊ يقوده عاملون في مجال الجنس
    [peer-support] 🤝 دعم الأقران
   *[emergency] 🚨 طوارئ
}

menu-find = 🔎 البحث عن خدمة
menu-propose = ➕ إضافة خدمة
menu-recheck = 🔁 التحقق من الخدمات
menu-queue = ✅ المراجعة

directory-find-title = ما طريقة البحث التي تناسبك؟ يمكنك أيضًا تشغيل الفلاتر أو إيقافها.
directory-by-category = 📂 حسب نوع الخدمة
directory-near-me = 📍 بالقرب مني
directory-by-word = 🔤 البحث بكلمة
# $on is "yes" or "no".
directory-filter-free = { $on ->
    [yes] ☑ مجاني
   *[no] ☐ مجاني
}
directory-filter-no-papers = { $on ->
    [yes] ☑ بدون أوراق ثبوتية
   *[no] ☐ بدون أوراق ثبوتية
}
directory-filter-sex-worker-led = { $on ->
    [yes] ☑ بقيادة العاملين والعاملات في مجال الجنس
   *[no] ☐ بقيادة العاملين والعاملات في مجال الجنس
}
directory-filter-open-now = { $on ->
    [yes] ☑ مفتوح الآن
   *[no] ☐ مفتوح الآن
}

directory-choose-category = اختر نوع الخدمة:
directory-results = { $category } — يمكنك الضغط على خدمة لمعرفة المزيد.
directory-no-results = لم نجد شيئًا. يمكنك تجربة نوع آخر من الخدمات، أو إيقاف بعض الفلاتر.
directory-search-ask = اكتب كلمة للبحث، مثلًا: عيادة، قانونية، مأوى.
directory-search-results = نتائج البحث عن «{ $words }» — يمكنك الضغط على خدمة لمعرفة المزيد.
directory-search-too-short = اكتب كلمة واحدة على الأقل.
directory-search-none = لم نجد شيئًا لكلمة «{ $words }». جرّب كلمة أخرى، أو أوقف بعض الفلاتر.
directory-search-again = 🔤 ابحث مرة أخرى

directory-near-what = ماذا تحتاج بالقرب منك؟ اختر نوعًا واحدًا، أو أي نوع.
directory-near-any = 📍 كل أنواع الخدمات
directory-near-ask = يمكنك الضغط على الزر في الأسفل لمشاركة مكانك. نستخدمه مرة واحدة فقط ولا نحتفظ به.
directory-share-location = 📍 مشاركة موقعي
directory-near-or-area = أو يمكنك اختيار منطقة:
directory-near-results = أقرب الخدمات. يمكنك الضغط على خدمة لمعرفة المزيد.
directory-area-results = خدمات قريبة من وسط { $area }. يمكنك الضغط على خدمة لمعرفة المزيد.
directory-near-type-results = الأقرب: { $category }. اضغط على خدمة لمعرفة المزيد.
directory-area-type-results = { $category } بالقرب من وسط { $area }. اضغط على خدمة لمعرفة المزيد.
directory-near-none = لم نجد خدمات قريبة من هناك. يمكنك تجربة منطقة أخرى، أو إيقاف بعض الفلاتر.
directory-live-location = لا نستخدم الموقع المباشر. شارك موقعك مرة واحدة فقط.
directory-location-used = استخدمنا موقعك مرة واحدة فقط، ولم نحتفظ به، وحذفناه من هذه المحادثة.
directory-no-areas = لم تُحدَّد أي مناطق بعد.

# Distance bands.
directory-distance = { $band ->
    [under-1] أقل من 1 كم
    [from-1-to-3] 1–3 كم
    [from-3-to-10] 3–10 كم
   *[further] أكثر من 10 كم
}
directory-open-now = مفتوح الآن
directory-open-until = مفتوح الآن حتى الساعة { $time }
directory-opens-at = مغلق. يفتح يوم { $day } الساعة { $time }
directory-closed = مغلق
directory-hours-unknown = أوقات العمل غير معروفة
directory-result-label = { $name } · { $status }
directory-result-label-distance = { $name } · { $distance } · { $status }

# The service card.
directory-card-organisation = 🏢 { $organisation }
directory-card-categories = 🏷 { $categories }
directory-card-address = 📍 { $address }
directory-card-hours = 🕘 { $hours }
directory-card-week = { $days } { $times }
directory-all-day = 24 ساعة
directory-card-open-24-hours = 🕘 مفتوح 24 ساعة، كل يوم
directory-card-free = 💵 مجاني
directory-card-fees = 💵 { $fees }
directory-card-cost-unknown = 💵 التكلفة غير معروفة
directory-card-no-papers = 📄 لا حاجة إلى أوراق ثبوتية
directory-card-papers = 📄 الأوراق المطلوبة: { $documents }
directory-card-papers-unknown = 📄 اسأل إن كانت هناك حاجة إلى أوراق
directory-card-languages = 🗣 { $languages }
directory-card-interpretation = { $available ->
    [yes] 🗣 يوجد مترجم يمكنه المساعدة
   *[no] 🗣 لا يوجد مترجم
}
directory-card-accessibility = ♿ { $accessibility }
directory-card-phone = ☎ { $phone }
directory-card-email = ✉ { $email }
directory-card-url = 🔗 { $url }
directory-card-eligibility = 👤 { $eligibility }
directory-card-directions = 🧭 { $directions }
directory-card-notice = 📢 { $notice }
directory-card-temporarily-closed = ⛔ مغلق مؤقتًا
# Arabic plural forms: [0] today, [one] yesterday, [two] two days ago, [few] 3–10, [many] 11–99.
directory-card-checked = ✔ آخر تحقق: { $days ->
    [0] اليوم
    [zero] اليوم
    [one] أمس
    [two] قبل يومين
    [few] قبل { $days } أيام
    [many] قبل { $days } يومًا
   *[other] قبل { $days } يوم
}
directory-card-not-recent = ⚠ لم يتم التحقق منذ مدة (آخر تحقق قبل { $days ->
    [zero] أقل من يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
})
directory-card-state = الحالة: { $state ->
    [proposed] بانتظار المراجعة
    [review] أُعيدت للمراجعة
    [published] منشورة
    [rejected] مرفوضة
   *[archived] مؤرشفة
}
directory-card-reports = مشاكل تم الإبلاغ عنها: { $reports }
# Our attributes, shown together on one line.
directory-flag = { $flag ->
    [sex_worker_led] بقيادة العاملين والعاملات في مجال الجنس
    [rights_based] احترام وبدون أحكام
    [no_police_reporting] لا يبلّغ الشرطة
    [trans_friendly] يرحّب بالأشخاص العابرين والعابرات
    [confidential] سرّي
   *[walk_in] بدون موعد مسبق
}

directory-button-map = 🗺 الخريطة
directory-button-referral = 📝 ورقة إحالة
directory-button-confirm = ✅ ما زالت صحيحة
directory-button-report = ⚠️ الإبلاغ عن مشكلة
directory-button-back = ➡️ رجوع
directory-button-feedback = 💬 إبداء الرأي في هذه الخدمة

directory-referral = 📝 ورقة إحالة
    الخدمة: { $service }
    الرمز: { $code }
    اعرض هذه الورقة في مكان الخدمة. هي تقول إن برنامج توعية بين الأقران أرسل هذا الشخص. لا تحتوي على أي معلومات شخصية.

directory-confirmed = شكرًا. سجّلنا أنه تم التحقق منها اليوم.
directory-report-choose = ما المشكلة؟
# $kind is one of the problem kinds.
directory-problem = { $kind ->
    [closed] أُغلقت
    [moved] انتقلت إلى مكان آخر
    [wrong-hours] الأوقات غير صحيحة
    [treated-badly] عاملوا الناس بشكل سيئ
    [asked-for-papers] طلبوا أوراقًا ثبوتية
   *[called-police] اتصلوا بالشرطة
}
directory-report-thanks = شكرًا. سيطّلع عليه الفريق.
directory-report-review = شكرًا. أخفينا الخدمة حتى يتحقق منها الفريق.
directory-report-already = لقد أخبرتنا بهذا من قبل، وقد وصلنا. سيطّلع عليه الفريق.

directory-recheck-title = هذه الخدمات تحتاج إلى تحقق. يمكنك الضغط على خدمة، ثم إخبارنا إن كانت ما زالت صحيحة.
directory-recheck-none = لا يوجد شيء يحتاج إلى تحقق الآن. شكرًا.

directory-queue-summary = محدّثة: { $fresh } · تحتاج إلى تحقق: { $due } · لم يُتحقق منها مؤخرًا: { $stale } · مخفية: { $hidden } · بانتظار المراجعة: { $waiting }
directory-queue-empty = لا يوجد شيء بانتظار المراجعة.
directory-approve = ✅ نشر
directory-reject = ✖ رفض
directory-next = التالي ⬅️
directory-approved = تم النشر: { $name }.
directory-reject-ask = ما السبب؟ اكتب سبب قصير. سيراه الشخص الذي اقترح الخدمة.
directory-rejected = لم يتم النشر: { $name }.
directory-proposal-published = اقتراحك «{ $name }» منشور الآن. شكرًا.
directory-proposal-rejected = اقتراحك «{ $name }» لم يُنشر. السبب: { $reason }
directory-review-waiting = هناك شيء جديد للمراجعة. يمكنك فتح ✅ المراجعة.
directory-decision-letter = 🔔 ردّ عليك الفريق. اضغط «اقرأ» لترى الرد.
directory-decision-read = 📖 اقرأ
directory-your-waiting-item = «{ $name }» ما زال بانتظار مراجعة أحد المسؤولين.

# Proposing a service, step by step.
directory-propose-name = ما اسم الخدمة؟
directory-your-waiting = بانتظار مراجعة أحد المسؤولين:
directory-your-change = { $name }: تغيير «{ $field }»
directory-propose-categories = ما أنواع الخدمات التي تقدمها؟ يمكنك الضغط على كل ما يناسب، ثم «تم».
directory-propose-organisation = ما المنظمة التي تديرها؟ اكتب الاسم، أو اضغط على «تخطي».
directory-propose-description = صِفها في جملة أو جملتين قصيرتين، أو اضغط على «تخطي».
directory-propose-phone = ما رقم هاتفها؟ اكتبه، أو اضغط على «تخطي».
directory-propose-phone-invalid = هذا لا يبدو رقم هاتف. اكتبه مرة أخرى مع رمز البلد، أو اضغط على «تخطي».
directory-propose-place = أين تقع؟ يمكنك مشاركة موقعها عبر 📎 ← الموقع، أو كتابة العنوان، أو الضغط على «تخطي».
directory-propose-area = في أي منطقة تقع؟
directory-propose-hours = متى تكون مفتوحة؟
# The bot reads day names of this language (babel's full and short names) and the codes Mo-Su.
directory-propose-hours-type = اكتب الأوقات هكذا (من الاثنين إلى الجمعة، ويوم السبت):
    الاثنين-الجمعة 09:00-17:00؛ السبت 10:00-14:00
directory-propose-hours-invalid = لم أستطع قراءة هذه الأوقات. مثال (من الاثنين إلى الجمعة، ويوم السبت):
    الاثنين-الجمعة 09:00-17:00؛ السبت 10:00-14:00
directory-propose-cost = هل هي مجانية؟
directory-propose-papers = هل يمكن للأشخاص بدون أوراق ثبوتية استخدامها؟
directory-propose-flags = أيٌّ من هذه صحيح؟ يمكنك الضغط على كل ما ينطبق، ثم «تم».
directory-propose-visibility = من يمكنه رؤيتها؟
directory-propose-review = راجع، ثم أرسل:
directory-propose-sent = أُرسلت إلى المسؤولين للمراجعة. شكرًا.
directory-propose-closed = هذا النموذج مغلق: أُعيد تشغيل البوت، أو أُوقف النموذج. لم يُرسَل أي شيء آخر. يمكنك البدء من جديد.
directory-propose-again = ➕ ابدأ من جديد
directory-propose-too-long = هذا طويل جدًا. اختصره.
directory-hours-weekdays = الاثنين–الجمعة، 9:00–17:00
directory-hours-always = مفتوح دائمًا
directory-hours-custom = كتابة الأوقات
directory-answer-yes = نعم
directory-answer-no = لا
directory-answer-unknown = لا أعرف
directory-visibility-public = الجميع
directory-visibility-peers = المثقفون الأقران والمسؤولون فقط
directory-skip = تخطي ⬅️
directory-done = تم ✅
directory-send = 📨 إرسال

# Suggesting a change to a published service (peers), or editing one (leads).
directory-button-change = ✏️ اقتراح تعديل
directory-button-edit = ✏️ تعديل
directory-change-choose = ما الذي يحتاج إلى تغيير؟
directory-edit-choose = ماذا تريد أن تعدّل؟ يتغيّر فورًا.
# $field is one of the fields a change can touch.
directory-field = { $field ->
    [name] الاسم
    [description] الوصف
    [phone] رقم الهاتف
    [address] العنوان
    [hours] أوقات العمل
    [is_free] هل هي مجانية؟
    [no_papers_needed] هل يمكن للأشخاص بدون أوراق ثبوتية استخدامها؟
    [status] مفتوح أم مغلق
   *[notice] إعلان قصير
}
# $status is active, temporarily_closed or closed.
directory-status = { $status ->
    [active] مفتوح كالمعتاد
    [temporarily_closed] مغلق مؤقتًا
   *[closed] مغلق نهائيًا
}
directory-change-type = اكتب القيمة الجديدة لـ: { $field }
directory-change-invalid = لم أستطع استخدام هذا. حاول مرة أخرى، أو أرسل /cancel.
directory-change-drafted = شكرًا. سيراجع أحد المسؤولين التعديل الذي اقترحته قبل عرضه.
directory-change-applied = تم الحفظ.
directory-change-title = تعديل مقترح على «{ $name }»
    { $field }: { $old } ← { $new }
directory-change-publish = ✅ نشر التعديل
directory-change-published = تم نشر التعديل على «{ $name }».
directory-change-rejected = لم يُنشر التعديل على «{ $name }».
directory-your-change-published = التعديل الذي اقترحته على «{ $name }» منشور الآن. شكرًا.
directory-your-change-rejected = التعديل الذي اقترحته على «{ $name }» لم يُنشر. السبب: { $reason }
directory-value-empty = (فارغ)
directory-recheck-offer = 🔁 { $count ->
    [zero] لا خدمات تحتاج إلى تحقق.
    [one] خدمة واحدة تحتاج إلى تحقق.
    [two] خدمتان تحتاجان إلى تحقق.
    [few] { $count } خدمات تحتاج إلى تحقق.
    [many] { $count } خدمةً تحتاج إلى تحقق.
   *[other] { $count } خدمة تحتاج إلى تحقق.
} اضغط أدناه إذا كان بإمكانك المساعدة.
