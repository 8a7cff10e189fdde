# المساعدة عند الحاجة: طلبات المساعدة أثناء الجولات، ومتابعة الحوادث.

menu-follow-ups = 📋 المتابعات
command-followups = متابعة الحوادث

## طلب المساعدة من الأقران («SOS»)

help-sos-button = 🆘 أحتاج مساعدة
help-sos-sent = 🆘 وصل طلبك للمساعدة إلى { $count ->
    [zero] { $count } أشخاص
    [one] شخص واحد
    [two] شخصين
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}. سنخبرك عندما يكون أحد في الطريق.
help-sos-nobody = 🆘 وصل طلبك للمساعدة. لم نتمكن من الوصول إلى أحد من الجولة، لذلك نُنبّه الآن كل المسؤولين والمشرفين.
help-sos-open-on-it = 🆘 طلبك للمساعدة مفتوح. { $responder } يتولّى الأمر.
help-sos-open-waiting = 🆘 طلبك للمساعدة مفتوح. لم يردّ أحد بعد؛ نُنبّه أشخاصًا آخرين.
help-sos-over = انتهت هذه الجولة منذ وقت طويل فلا يمكن استدعاء الفريق من هنا. إذا كنت في خطر، اتصل برقم طوارئ: تجدها في «حقوقك».
help-share-location = 📍 أرسل موقعي
help-location-ask = إن استطعت، اضغط «📍 أرسل موقعي» في الأسفل: يذهب مباشرة إلى الأشخاص المُنبَّهين ولا يُحفظ.
help-location-again = 📍 أرسل موقعي مرة أخرى
help-live-location = لا نستخدم الموقع المباشر. شارك موقعك مرة واحدة بدلاً من ذلك: «📍 أرسل موقعي».
help-location-sent = 📍 وصل موقعك إلى { $count ->
    [zero] { $count } أشخاص
    [one] شخص واحد
    [two] شخصين
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}. لا يُحفظ.
help-safe-myself = ✅ أنا بأمان الآن
help-safe-myself-done = شكرًا. سيعرف كل من نُبِّه أنك بأمان.

## رسائل عن طلب مساعدة

help-sos-letter = 🆘 { $alias } يحتاج مساعدة الآن: { $when-where }.
    اضغط «أتولّى الأمر» إذا كنت ستساعد.
help-on-it = 🏃 أتولّى الأمر
help-they-are-safe = ✅ صار بأمان الآن
help-escalation = 🆘 لم يردّ أحد بعد. طلب { $alias } المساعدة الساعة { $time }: { $when-where }.
help-escalation-missed = ⚠️ لم يردّ أحد بعد. لم يسجّل { $alias } المغادرة ولم يردّ بعد الجولة: { $when-where }. اطمئن عليه.
help-answered-on-it = ✅ { $responder } يتولّى الأمر: { $alias }، { $when-where }.
help-answered-on-it-you = ✅ { $responder } يتولّى الأمر. المساعدة في الطريق.
help-answered-safe = ✅ { $alias } بأمان الآن، حسب { $responder }: { $when-where }.
help-answered-safe-themselves = ✅ يقول { $alias } إنه بأمان الآن: { $when-where }.
help-answered-checked-out = ✅ سجّل { $alias } المغادرة في النهاية: { $when-where }.
help-answered-safe-you = ✅ قال { $responder } إنك بأمان الآن. إذا كنت ما زلت تحتاج مساعدة، اضغط أدناه.
help-on-it-thanks = شكرًا. يعرف الآخرون أنك تتولّى الأمر.
help-already-on-it = { $responder } يتولّى الأمر بالفعل.
help-safe-thanks = شكرًا. يعرف الآخرون أنه بأمان.
help-call-over = أُغلق طلب المساعدة هذا.

## متابعة الحوادث (للمسؤولين)

help-followup-letter = 📋 متابعة بانتظارك: { $when-where }.
help-followup-open = 📋 افتح
help-followups-title = المتابعات المفتوحة، الأقدم أولًا:
help-followups-empty = لا توجد متابعات مفتوحة.
help-followup-line = { $kind } · { $when-where }
help-followup-line-taken = { $line } · 🙋 { $alias }
help-followup-card = 📋 متابعة: { $kind } ({ $count })
    الجولة: { $when-where }
    أبلغ عنها: { $alias }
    ملاحظة: { $note }
help-followup-note-erased = حُذفت بعد الإغلاق
help-followup-waiting = بانتظار المتابعة منذ { $day }.
help-followup-taken = { $alias } يتابع منذ { $day }.
help-followup-closed = أُغلقت في { $day }: { $outcome ->
    [resolved] حُلّت
    [referred] أُحيل الشخص إلى خدمة
   *[no-action] الشخص لا يريد أي إجراء
}.
help-followup-referred-to = أُحيل إلى: { $service }
help-take = 🙋 أتابع الأمر
help-close-resolved = ✅ أُغلقت: حُلّت
help-close-referred = ⬅️ أُغلقت: إحالة إلى خدمة
help-close-no-action = 🚫 أُغلقت: لا يريد إجراء
help-taken = أنت تتابع الأمر.
help-closed-done = أُغلقت. شكرًا.
help-already-closed = كانت مغلقة من قبل.
help-referral-type = أي نوع من الخدمات؟
help-referral-service = أي خدمة؟
help-referral-not-listed = خدمة غير موجودة في الدليل

## أرقام الشهر

help-figures = طلبات المساعدة: { $calls } ({ $outcomes })
    المتابعات المفتوحة: { $opened } ({ $kinds })
    المتابعات المغلقة: { $closed } ({ $closings })
help-call-outcome = { $code ->
    [safe] بأمان
    [acknowledged] تولّى أحد الأمر
   *[unanswered] بلا رد
}
help-followup-outcome = { $code ->
    [resolved] حُلّت
    [referred] إحالة
   *[no-action] لا يريد إجراء
}
