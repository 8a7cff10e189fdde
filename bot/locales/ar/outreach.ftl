# Draft translation: to be reviewed by a native speaker.
# Outreach sessions: planning, invitations, reminders, safety check-ins, reports, figures.
# Reminders and invitations may show on a locked phone: keep them neutral (time and area only).
# Words: "جلسة" = outreach session; "تواصل ميداني" = outreach (as in "مسؤولية التواصل الميداني").
# Counts have extra Arabic plural forms ([two], [few], [many]) before the English ones, as in directory.ftl.

menu-plan = 🗓 تخطيط جلسة
menu-sessions = 📋 الجلسات
menu-figures = 📊 أرقام الشهر
menu-my-sessions = 🗓 جلساتي

# $kind is one of the session kinds.
outreach-kind = { $kind ->
    [outreach-walk] جولة تواصل ميداني
    [testing-day] يوم فحص
    [rights-workshop] ورشة للتعريف بالحقوق
    [distribution] توزيع
    [peer-meeting] لقاء أقران
   *[other] أخرى
}
# A session in one line: $when is a local date and time, $area the area's name.
outreach-when-where = { $when }، { $area }
outreach-minutes = { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعةً
   *[other] { $hours } ساعة
}

outreach-plan-kind = ما نوع الجلسة؟
outreach-plan-area = في أي منطقة؟
outreach-plan-day = في أي يوم؟
outreach-plan-start = متى تبدأ؟ السطر الأخير يغيّر الدقائق.
outreach-plan-length = كم مدتها؟
outreach-plan-peers = كم عدد المثقفين الأقران المطلوب؟ (اثنان على الأقل: لا يذهب أحد وحده.)
outreach-plan-note = يمكنك إضافة ملاحظة قصيرة للمثقفين الأقران، أو اضغط على «تخطي». لا تكتب أسماء أفراد المجتمع أو أرقام هواتفهم أو عناوينهم.
outreach-plan-repeat = مرة واحدة، أم كل أسبوع؟
outreach-repeat-once = مرة واحدة
outreach-repeat-weeks = كل أسبوع، { $weeks ->
    [zero] ولا مرة
    [one] مرة واحدة
    [two] مرتين
    [few] { $weeks } مرات
    [many] { $weeks } مرةً
   *[other] { $weeks } مرة
}
outreach-plan-review = راجع، ثم احفظ:
outreach-plan-save = 💾 حفظ
outreach-plan-saved = تم الحفظ: { $count ->
    [zero] لا جلسات
    [one] جلسة واحدة
    [two] جلستان
    [few] { $count } جلسات
    [many] { $count } جلسةً
   *[other] { $count } جلسة
}.
outreach-plan-past = هذا الوقت قد مضى. اختر وقت آخر.
outreach-no-areas = لم تُحدَّد أي مناطق بعد. استورد المناطق أولًا (scripts/directory.py import-areas).
outreach-previous-month = ➡️
outreach-next-month = ⬅️

outreach-session-title = { $kind } · { $when-where }
outreach-session-details = المدة: { $length } · العدد المطلوب: { $needed } · المؤكَّد: { $confirmed } · في الانتظار: { $waiting }
outreach-session-note = ملاحظة: { $note }
outreach-session-cancelled = ⛔ أُلغيت
# $status is invited, confirmed, waiting or declined.
outreach-status = { $status ->
    [invited] تمت الدعوة
    [confirmed] الحضور مؤكد
    [waiting] قائمة الانتظار
   *[declined] اعتذار عن الحضور
}
outreach-roster-line = { $alias }: { $status }{ $checks }
outreach-checked-in = · سُجّل الوصول
outreach-checked-out = · سُجّل الانصراف
outreach-open-call = 📣 دعوة جميع المثقفين الأقران في المنطقة
outreach-invite-peers = ➕ دعوة أقران
outreach-choose-peer = يمكنك الضغط على اسم لدعوة هذا الشخص:
outreach-invited = { $count ->
    [0] لم تتم دعوة أحد جديد.
    [one] تمت دعوة شخص واحد.
    [two] تمت دعوة شخصين.
    [zero] لم تتم دعوة أحد جديد.
    [few] تمت دعوة { $count } أشخاص.
    [many] تمت دعوة { $count } شخصًا.
   *[other] تمت دعوة { $count } شخص.
}
outreach-call-series = 📣 دعوة المنطقة: كل أسبوع
outreach-invite-series = ➕ دعوة: كل أسبوع
outreach-change-time = 🕑 تغيير الموعد
outreach-change-area = 📍 تغيير المنطقة
outreach-change-note = ✏️ تغيير الملاحظة
outreach-cancel-one = ✖ إلغاء هذه الجلسة
outreach-cancel-series = ✖ إلغاء باقي السلسلة
outreach-cancelled-done = تم الإلغاء. أبلغنا كل من كان مسجّلًا.
outreach-moved-done = تم التغيير. أبلغنا كل من كان مسجّلًا.
outreach-week = جلسات الأسبوع بدءًا من { $monday }:
outreach-week-empty = لا توجد جلسات هذا الأسبوع.
outreach-calendar-file = 📅 ملف التقويم
outreach-calendar-name = التقويم
outreach-calendar-event = اجتماع

# Messages to peers: neutral words only.
outreach-invitation = دعوة: { $when-where } ({ $length }). هل يمكنك الحضور؟
outreach-invitation-series = دعوة: كل أسبوع ابتداءً من { $when-where } ({ $length })، { $count ->
    [zero] ولا مرة
    [one] مرة واحدة
    [two] مرتين
    [few] { $count } مرات
    [many] { $count } مرةً
   *[other] { $count } مرة
}. هل يمكنك الحضور؟
outreach-yes-all = ✅ نعم، في كل مرة
outreach-choose-dates = 🗓 اختيار المواعيد
outreach-series-answered = شكرًا. على القائمة: { $confirmed }. على قائمة الانتظار: { $waiting }.
outreach-yes = ✅ نعم
outreach-no = ✖ لا
outreach-confirmed = شكرًا، اسمك الآن على القائمة.
outreach-waiting = العدد مكتمل الآن. اسمك على قائمة الانتظار، وسنخبرك إذا توفّر مكان.
outreach-declined = شكرًا لإخبارنا.
outreach-promoted = توفّر مكان. اسمك الآن على القائمة: { $when-where }.
outreach-reminder = تذكير: { $when-where }.
outreach-cancelled = تم الإلغاء: { $when-where }.
outreach-changed = تغيير: الموعد الآن { $when-where }.
outreach-safety-check = هل أنت بأمان؟ اضغط في الأسفل.
outreach-safe = ✅ أنا بأمان
outreach-safe-thanks = شكرًا. نتمنى لك السلامة.
outreach-lead-alert = لم يصلنا رد من { $alias } بعد الجلسة: { $when-where }. اطمئن على هذا الشخص.
outreach-peer-declined = { $alias } لم يعد بإمكانه/ا الحضور: { $when-where }.
outreach-peer-left = { $alias } خارج الفريق الآن: { $when-where }.
outreach-peer-unreachable = لم يعد بإمكان البوت الوصول إلى { $alias }: { $when-where }.
outreach-peers-reachable = المؤكَّدون ويمكن الوصول إليهم: { $count } من { $needed }.
outreach-peers-short = لا يذهب أحد وحده: ادعُ مثقفين أقران آخرين.
outreach-open-session = 📋 فتح الجلسة
outreach-report-prompt = كيف سارت الأمور؟ أرسل تقرير قصير.
outreach-check-in = ✅ تسجيل الوصول
outreach-check-out = 🏁 تسجيل الانصراف
outreach-checked = تم التسجيل.
outreach-check-early = يصبح هذا ممكنًا قبل البداية بساعة.
outreach-check-in-closed = انتهى وقت تسجيل الوصول لهذه الجلسة.
outreach-cannot-come = ✖ لا أستطيع الحضور
outreach-my-sessions = جلساتك:
outreach-my-sessions-empty = ليست لديك جلسات قادمة.
outreach-my-line = { $when-where } · { $status }
outreach-your-part = أنت: { $status }

# Reports.
outreach-report-button = 📝 تقرير
# $field is the count being entered.
outreach-report-field = { $field ->
    [reached_new] أشخاص وصلنا إليهم لأول مرة
    [reached_returning] أشخاص وصلنا إليهم من قبل
    [condoms] واقيات ذكرية تم توزيعها
    [lubricant] مزلّق تم توزيعه
   *[leaflets] منشورات تم توزيعها
}
outreach-report-number = { $field }: { $value }
outreach-report-type-number = اكتب رقم من 0 إلى 9999، أو استخدم الأزرار.
outreach-report-referrals = الإحالات: يمكنك الضغط على النوع مرة واحدة لكل إحالة، ثم «تم».
outreach-report-incidents = حوادث تمسّ السلامة: يمكنك الضغط على النوع مرة واحدة لكل حادثة، ثم «تم». بدون أسماء.
# $kind is one of the incident kinds.
outreach-incident = { $kind ->
    [violence] عنف
    [police] الشرطة
    [arrest] اعتقال
    [robbery] سرقة
    [harassment] تحرّش
    [health-emergency] حالة طبية طارئة
   *[other] أخرى
}
outreach-report-note = هل هناك شيء آخر؟ يمكنك كتابة ملاحظة قصيرة، أو الضغط على «تخطي». بدون أسماء أو أرقام هواتف.
outreach-report-review = راجع، ثم أرسل:
outreach-report-send = 📨 إرسال
outreach-report-saved = شكرًا. تم حفظ تقريرك. يمكنك تعديله خلال 48 ساعة.
outreach-report-closed = لم يعد بالإمكان تعديل هذا التقرير.
outreach-form-closed = أُغلق هذا النموذج (انتظر وقتًا طويلًا، أو أُعيد تشغيل البوت). لم يُحفظ شيء. يمكنك البدء من جديد.
outreach-start-again = 🔁 البدء من جديد
outreach-report-summary = جدد: { $new } · وصلنا إليهم من قبل: { $returning } · واقيات ذكرية: { $condoms } · مزلّق: { $lubricant } · منشورات: { $leaflets }
outreach-report-lists = الإحالات: { $referrals } · الحوادث: { $incidents }
outreach-delete-digit = ⌫
outreach-ok = ✅ موافق

# Monthly figures.
outreach-figures-choose = أي شهر؟
outreach-figures-none = لا يمكن قراءة أي شهر بعد: يمكن قراءة الشهر بعد انتهائه بثلاثة أيام.
outreach-figures = { $month }{ $area }
    الجلسات: مخطط لها { $planned }، تمّت { $held }، أُلغيت { $cancelled }
    ساعات عمل الأقران: { $hours }
    الأشخاص الذين وصلنا إليهم: جدد { $new }، من قبل { $returning }
    التوزيع: واقيات ذكرية { $condoms }، مزلّق { $lubricant }، منشورات { $leaflets }
    الإحالات: { $referrals }
    الحوادث: { $incidents }
# Shown for a count hidden to protect people: it may be small, or hidden so a small one stays hidden.
outreach-hidden = مخفي
outreach-figures-area = { $area }: مخطط لها { $planned }، تمّت { $held }، أُلغيت { $cancelled }، ساعات عمل الأقران { $hours }
# Labels of the monthly chart; $key is planned, held or cancelled.
outreach-chart-label = { $key ->
    [planned] الجلسات المخطط لها
    [held] الجلسات التي تمّت
   *[cancelled] الجلسات الملغاة
}
outreach-none = لا شيء
outreach-figures-file = أرقام الشهر
