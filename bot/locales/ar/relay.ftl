# التحدث مع أحد الأقران (وسيط مجهول الهوية) وكلمات الأزمة.

menu-talk = 🤝 تحدث مع أحد الأقران
menu-duty = 🟢 التحدث مع الأقران: التوفر

relay-topic = { $topic ->
    [police] الشرطة أو الاعتقال
    [violence] العنف
    [health] الصحة
    [papers] الأوراق أو اللجوء
   *[talk] مجرد حديث
}
relay-intro = يمكنك هنا الكتابة إلى أحد المثقفين الأقران. لا يرى حسابك ولا اسمك ولا رقمك، وأنت ترى اسمه في الفريق فقط. لا نحتفظ بأي شيء مما تكتبه، وتُحذف الرسائل عند انتهاء المحادثة. عمّ تود أن تتحدث؟
relay-asked = نسأل الآن الأقران المتاحين للتحدث. انتظر هنا؛ يمكنك أن تبدأ الكتابة الآن.
relay-no-peer = لا يوجد أحد من الأقران متاح الآن. إذا كنت في خطر، اتصل برقم طوارئ الآن. يمكنك أيضًا ترك رسالة: سيرد أحد الأقران خلال يوم.
relay-leave = ✉️ اترك رسالة
relay-leave-message = اكتب رسالتك هنا. سيرد أحد الأقران خلال يوم. إذا لم يستطع أحد، سنخبرك.
relay-waiting = أنت بانتظار أحد الأقران. يمكنك الكتابة؛ سيقرؤها عندما يرد.
relay-held = سيقرأ أحد الأقران رسالتك هذه فور أن يرد.
relay-held-full = انتظر أحد الأقران قبل أن تكتب المزيد.
relay-cancel = ✖ إلغاء الانتظار
relay-cancelled = توقفت عن الانتظار. لم نحتفظ بأي شيء مما كتبته.
relay-talking = أنت تتحدث مع { $alias }. اكتب هنا؛ لا يرى إلا ما تكتبه.
relay-started = 💬 أحد الأقران هنا.
    أنت تتحدث مع { $alias }. اكتب هنا؛ لا يرى إلا ما تكتبه.
relay-handed = سيكمل معك شخص آخر من الأقران. انتظر هنا.
relay-end = ✖ إنهاء المحادثة
relay-ended = انتهت المحادثة الآن. حُذفت كل رسائلها، ولم نحتفظ بأي شيء منها.
relay-give-feedback = 💬 أخبرنا كيف كانت (دون الكشف عن هويتك)
relay-dropped = عذرًا، لم يستطع أحد من الأقران الرد في الوقت المناسب. إذا كنت تحتاج مساعدة الآن، اتصل برقم طوارئ: جهات الاتصال أدناه.
relay-talk-again = 🤝 حاول مرة أخرى
relay-blocked = لا يمكنك التحدث مع الأقران حاليًا.
relay-emergency = 🚑 جهات اتصال الطوارئ
relay-emergency-title = من يمكنه المساعدة الآن:

relay-crisis = لست وحدك. يمكنك التحدث مع أحد الأقران الآن، أو الاتصال بمن يمكنه المساعدة.
relay-crisis-words = شرطه, الشرطه, بوليس, اعتقل*, معتقل*, اعتقال, قبض, ساعد*, مساعده, النجده, نجده, انقذ*, اغتصب*, اغتصاب, ضرب*, جرح*, مجروح*, ترحيل*, خطر, طوارئ, سجن*, عنف, تهديد*, هدد*, اختطف*, خطف*

relay-duty-on = أنت متاح للتحدث حتى { $until }.
relay-duty-off = أنت غير متاح للتحدث الآن.
relay-duty-switch-on = 🟢 أنا متاح
relay-duty-switch-off = ⚪ لست متاحًا الآن
relay-waiting-count = { $count ->
    [zero] لا أحد ينتظر.
    [one] شخص واحد ينتظر للتحدث.
    [two] شخصان ينتظران للتحدث.
    [few] { $count } أشخاص ينتظرون للتحدث.
    [many] { $count } شخصًا ينتظرون للتحدث.
   *[other] { $count } شخص ينتظرون للتحدث.
}
relay-accept-number = ✅ قبول المحادثة { $conversation }
relay-on-duty-title = المتاحون الآن:
relay-on-duty-none = لا أحد متاح الآن.
relay-on-duty-line = { $alias }، حتى { $until }{ $busy ->
    [yes] ، يتحدث الآن
   *[no] {""}
}
relay-offer = 💬 شخص ما يود التحدث (المحادثة { $conversation }).
relay-accept = ✅ قبول
relay-taken = رد شخص آخر من الأقران بالفعل.
relay-busy = أنهِ محادثتك أولًا.
relay-back = ➡️ رجوع
relay-peer-talking = المحادثة { $conversation }: { $topic }. يراك باسم { $alias }. ما تكتبه هنا يصل إليه؛ لا تسأل أبدًا عن اسمه أو رقمه أو عنوانه.
relay-hand-over = 🔁 تسليم
relay-block = ⛔ حظر
relay-hand-to = { $to ->
    [lead] 🧭 إلى أحد المسؤولين
   *[peer] 🤝 إلى شخص آخر من الأقران
}
relay-hand-to-ask = من يجب أن يكمل المحادثة { $conversation }؟
relay-handed-over = تم التسليم. حُذفت الرسائل من هذه الدردشة.
relay-nobody-to-hand = لا أحد يمكنه أخذها الآن. تبقى المحادثة معك.
relay-block-ask = حظر هذا الشخص لمدة 30 يومًا؟ تنتهي المحادثة ولا يمكنه طلب أحد الأقران.
relay-blocked-done = تم الحظر لمدة 30 يومًا. انتهت المحادثة.
relay-you-ended = أنهيت المحادثة { $conversation }. حُذفت رسائلها.
relay-ended-peer = 💬 انتهت المحادثة { $conversation }. حُذفت رسائلها.

relay-figures = 📊 الأرقام
relay-figures-title = التحدث مع الأقران، حسب الشهر:
relay-figures-month = { $month }: { $conversations ->
    [zero] { $conversations } محادثة
    [one] محادثة واحدة
    [two] محادثتان
    [few] { $conversations } محادثات
    [many] { $conversations } محادثةً
   *[other] { $conversations } محادثة
}، { $median ->
    [zero] { $median } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $median } دقائق
    [many] { $median } دقيقةً
   *[other] { $median } دقيقة
} حتى الرد (الوسيط)، { $unanswered } دون رد
relay-figures-hidden = أقل من { $k }
