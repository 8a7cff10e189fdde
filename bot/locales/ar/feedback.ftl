# Draft translation: to be reviewed by a native speaker.
# Anonymous feedback: the form anyone can fill in, and the reports leads read.
# Words: "الرأي" / "الآراء" = feedback; "عائق" (عوائق) = barrier.
# Counts are written as "label: number" so that no Arabic plural agreement is needed.

menu-feedback = 💬 إبداء الرأي
menu-report = 📈 تقرير الآراء

feedback-intro = إجاباتك مجهولة الهوية. لا نحفظ من أنت، ولا حسابك، ولا اليوم الذي أجبت فيه (نحفظ الأسبوع فقط). يمكنك التوقف في أي وقت بالضغط على ✖.
feedback-begin = ▶️ البدء
feedback-back = ➡️ رجوع
feedback-stop = ✖ إيقاف
feedback-topic = ما الموضوع؟
# $topic is one of the topics.
feedback-topic-name = { $topic ->
    [service] خدمة استخدمتها
    [outreach] جلسة تواصل ميداني
    [needs] ما أحتاج إليه
    [safety] الأمان
    [peer] التحدث مع أحد الأقران
   *[other] شيء آخر
}
feedback-which-service = أي خدمة؟ اضغط على نوعها، أو اكتب جزء من اسمها.
feedback-pick-service = اضغط على الخدمة:
feedback-no-service-found = لم نجد شيئًا. اكتب اسم آخر، أو اختر حسب النوع.
feedback-no-service-of-type = لا توجد خدمة من هذا النوع بعد. جرّب نوع آخر، أو اكتب جزء من الاسم.
feedback-service-not-say = 🤐 أفضّل ألا أقول
feedback-other-types = 🗂 أنواع أخرى
feedback-more = المزيد ⬅️
feedback-about-service = بخصوص: { $name }
feedback-given = هل حصلت على الخدمة؟
# $given is yes, partly or no.
feedback-given-answer = { $given ->
    [yes] نعم
    [partly] جزئيًا
   *[no] لا
}
feedback-explained = هل شرحوا لك السبب؟
feedback-waiting = كم من الوقت انتظرت؟
# $waiting is one of the waiting bands.
feedback-waiting-answer = { $waiting ->
    [none] بدون انتظار
    [under-1h] أقل من ساعة
    [from-1-to-3h] من ساعة إلى 3 ساعات
   *[over-3h] أكثر من 3 ساعات
}
feedback-staff = كيف عاملك الموظفون؟
feedback-overall = بشكل عام، كيف كانت التجربة؟
feedback-barriers = هل كان هناك ما جعل الأمر صعبًا؟ يمكنك الضغط على كل ما ينطبق، ثم «تم».
# $barrier is one of the barriers.
feedback-barrier = { $barrier ->
    [cost] التكلفة
    [language] اللغة
    [papers] الأوراق أو الوثائق
    [stigma] الوصم أو التمييز
    [police] الشرطة
    [distance] المسافة
    [hours] أوقات العمل
    [safety] الأمان
    [childcare] رعاية الأطفال
   *[other] شيء آخر
}
feedback-needs = ما الذي احتجت إليه ولم يكن متوفرًا؟ يمكنك الضغط على كل ما ينطبق، ثم «تم».
feedback-free-text = هل هناك شيء آخر؟ اكتبه هنا (حتى 1000 حرف)، أو اضغط على «تخطي». لا تكتب أسماء أو أرقام هواتف.
feedback-too-long = هذا طويل جدًا. اكتبه بكلمات أقل.
feedback-review = راجع، ثم أرسل:
feedback-review-text = كلماتك كما سنحفظها: { $text }
feedback-review-service = الخدمة: { $name }
feedback-review-barriers = ما جعل الأمر صعبًا: { $list }
feedback-review-needs = ما تحتاج إليه: { $list }
feedback-send = 📨 إرسال
feedback-thanks = شكرًا. تم حفظ إجابتك. هي تساعدنا على تغيير ما لا يعمل جيدًا.
feedback-limit = أرسلت الكثير اليوم. حاول مرة أخرى غدًا.
feedback-expired = تم إغلاق هذا النموذج. لإبداء رأيك، ابدأ من جديد.
feedback-nothing = (لا شيء)
feedback-flagged = أُعيدت خدمة إلى المراجعة بسبب بلاغات متكررة عن التمييز: { $name } ({ $count } بلاغات أو أكثر خلال 30 يومًا).
feedback-flagged-note = 🔔 ملاحظة للفريق. اضغط على «اقرأ» لرؤيتها.
feedback-flagged-read = 📖 اقرأ

# Reports for leads.
feedback-report-choose = أي فترة؟
feedback-report-title = تقرير الآراء { $period }
feedback-report-submissions = الإجابات: { $count } (الفترة السابقة: { $previous })
feedback-report-line = { $name }: { $count }{ $share }
feedback-report-barriers = العوائق:
feedback-report-needs = احتياجات غير ملبّاة:
feedback-report-topics = المواضيع:
feedback-report-ratings = متوسط التقييم (الحد الأدنى لعدد الإجابات: { $k }):
feedback-report-rating = { $name }: { $average } / 5 ({ $count })
feedback-report-excerpts = بعض ما كتبه الناس:
feedback-report-hidden = مخفي
feedback-report-empty = لا توجد إجابات في هذه الفترة.
feedback-report-few = عدد الإجابات في هذه الفترة أقل من { $k }. لا يُعرض شيء آخر، حتى لا يمكن التعرف على أحد.
feedback-chart-hidden = <{ $k }
feedback-summary = ملخص الاحتياجات، { $period }: { $count ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابةً
   *[other] { $count } إجابة
} ({ $before }).
feedback-summary-barrier = { $name }: ورد في { $count ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابةً
   *[other] { $count } إجابة
} ({ $share }%)؛ { $before }.
feedback-summary-need = { $name }: مطلوب في { $count ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابةً
   *[other] { $count } إجابة
} ({ $share }%)؛ { $before }.
feedback-summary-barrier-few = { $name }: ورد في أقل من { $k } إجابات؛ { $before }.
feedback-summary-need-few = { $name }: مطلوب في أقل من { $k } إجابات؛ { $before }.
feedback-summary-before = { $period }: { $count ->
    [0] لا شيء
    [zero] لا شيء
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابةً
   *[other] { $count } إجابة
}
feedback-summary-before-few = { $period }: أقل من { $k }
