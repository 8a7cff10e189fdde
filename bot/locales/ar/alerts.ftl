# Draft translation: to be reviewed by a native speaker.
# Safety alerts. The first line of an alert shows on a locked phone: keep it neutral.

menu-alerts = 🔔 تنبيهات السلامة
menu-report-danger = ⚠️ الإبلاغ عن خطر
menu-vet-alerts = 🛡 تنبيهات للمراجعة

alerts-notice = 🔔 إشعار عن { $area }
# $kind is one of the alert kinds.
alerts-kind = { $kind ->
    [violent-client] زبون عنيف أو مسيء
    [police] حملة للشرطة
    [robbery] سرقة
    [unsafe-place] مكان غير آمن
   *[other] خطر آخر
}
# $when is today, yesterday or this-week.
alerts-when = { $when ->
    [today] اليوم
    [yesterday] أمس
   *[this-week] هذا الأسبوع
}
alerts-choose = يمكنك اختيار المناطق التي تريد تنبيهات السلامة عنها. يمكنك التوقف في أي وقت. نحفظ رقم محادثتك فقط ما دمت تتلقى التنبيهات.
alerts-stop = 🔕 إيقاف كل التنبيهات
alerts-stopped = تم. لن تصلك تنبيهات بعد الآن، ولم نعد نحفظ رقم محادثتك لها.
alerts-report-kind = ما نوع الخطر؟
alerts-no-names = يُرجى عدم كتابة اسم أي فرد من المجتمع أو رقم هاتفه أبدًا.
alerts-report-when = متى حدث ذلك؟
alerts-report-describe = يُرجى وصفه ببضع كلمات (حتى 500 حرف): ما الذي يجب الانتباه إليه، وأين. بدون أسماء أو أرقام هواتف.
alerts-report-review = هذا ما سيراجعه أحد المسؤولين قبل إرساله: { $text }
alerts-report-sent = شكرًا لك. سيراجعه أحد المسؤولين قبل إرساله.
alerts-waiting = هناك تنبيه سلامة للمراجعة. يُرجى فتح 🧰 الفريق، ثم 🛡 تنبيهات للمراجعة.
alerts-none-waiting = لا توجد تنبيهات للمراجعة.
alerts-publish = ✅ إرساله
alerts-edit = ✏️ تعديله ثم إرساله
alerts-type-edit = يُرجى كتابة النص الذي سيُرسل بدلًا منه.
alerts-published = تم الإرسال إلى { $count } شخص.
alerts-rejected = لم يُرسل. سيُبلَّغ الشخص الذي أبلغ عنه بالسبب.
alerts-your-alert-rejected = تنبيه السلامة الذي أبلغت عنه لم يُرسل. السبب: { $reason }
