# Draft translation: to be reviewed by a native speaker.
# Welcome, help, language, privacy, roles, invites and joining.

# Role names. $role is one of: member, peer, lead, admin.
# Used after "الدور:" / "دورك:", so no article is needed. Roles are named as what the person
# does ("تثقيف الأقران"), not with "/ة" for both genders, which is hard to read.
people-role-name = { $role ->
    [peer] تثقيف الأقران
    [lead] مسؤولية التواصل الميداني
    [admin] الإدارة
   *[member] عضوية
}

people-welcome = أهلًا بك. هذا البوت يساعدك على إيجاد خدمات موثوقة، ومعرفة حقوقك، وإخبارنا باحتياجاتك.
people-welcome-does = كل شيء يعمل بالأزرار. لا داعي أبدًا لذكر اسمك.
people-welcome-keeps = لا نحفظ عنك شيئًا تقريبًا. تستطيع تيليجرام قراءة المحادثات مع البوتات، لذلك من الأفضل عدم إرسال أي شيء سري. لمعرفة المزيد: 🔒 الخصوصية.
people-welcome-role = دورك في الفريق: { people-role-name }. اسمك في الفريق: { $alias }.

help-member = يمكنك التنقل بالأزرار. /language لتغيير اللغة. /privacy لمعرفة ما نحفظه. /cancel لإيقاف العملية الحالية. /start لعرض القائمة من جديد.
help-peer = دورك تثقيف الأقران. يمكنك رؤية دورك عبر /whoami.
help-lead = دورك مسؤولية الفريق. يمكنك دعوة مثقفي ومثقفات الأقران عبر /invite ورؤية فريقك عبر /team. ويمكنك هناك إيقاف حساب أي شخص، فيفقد الوصول فورًا.

language-choose = اختر لغتك:
language-saved = تم. سأتحدث معك بالعربية.

privacy-text = ما نحفظه: إذا اخترت لغة، نحفظ هذا الاختيار تحت رمز. بدون مفتاحنا السري، لا يمكن ربط هذا الرمز بحسابك على تيليجرام. لا نحفظ اسمك ولا رقم هاتفك ولا رسائلك. يمكنك مسح اختيار اللغة في الأسفل في أي وقت.
privacy-telegram = تستطيع تيليجرام قراءة المحادثات مع البوتات، وتبقى رسائلك على هاتفك حتى يتم حذفها.
privacy-team = للمثقفين الأقران والمسؤولين: ما دام لديك دور، نحفظ رقم حسابك على تيليجرام واسمك في الفريق ولغتك. عندما ينتهي دورك، نمسح رقم الحساب ونُبقي فقط اسمك في الفريق في السجلات السابقة.
privacy-forget-language = 🗑 مسح اختياري للغة
privacy-language-forgotten = تم. مسحنا اختيارك للغة.

people-whoami = الدور: { people-role-name }
    الاسم في الفريق: { $alias }
    اللغة: { $language }

people-invite-choose = لمن هذه الدعوة؟
people-invite-as = { $role ->
    [lead] دعوة لمسؤولية التواصل
   *[peer] دعوة لتثقيف الأقران
}
people-invite-created = دعوة لشخص جديد. الدور: { people-role-name }. تعمل هذه الدعوة مرة واحدة فقط، حتى { DATETIME($expires, dateStyle: "medium") }.
    أرسل هذا الرابط إلى هذا الشخص فقط:
    { $link }
    أو يمكن لهذا الشخص إرسال: /join { $code }

people-join-ask-code = اكتب رمز الدعوة.
people-join-unknown = رمز الدعوة هذا غير صحيح. تأكد منه مع الشخص الذي دعاك.
people-join-expired = انتهت صلاحية هذه الدعوة. يمكنك طلب دعوة جديدة.
people-join-used = هذه الدعوة استُخدمت من قبل. يمكنك طلب دعوة جديدة.
people-join-retry = اكتب الرمز مرة أخرى، أو أرسل /cancel للتوقف.
people-join-already = لديك دور هنا من قبل: { people-role-name }.
people-joined = أهلًا بك في الفريق. دورك: { people-role-name }.
people-alias-ask = اختر اسمًا يراه الفريق، على ألّا يكون اسمك الحقيقي. اكتبه الآن، أو أبقِ الاسم في الأسفل.
people-alias-keep = الإبقاء على «{ $alias }»
people-alias-saved = تم الحفظ. سيراك الفريق باسم { $alias }.
people-alias-too-short = هذا الاسم قصير جدًا. يلزم حرفان على الأقل.
people-alias-too-long = هذا الاسم طويل جدًا. الحد الأقصى 24 حرفًا.
people-alias-characters = استخدم الحروف والأرقام والمسافات فقط.
people-alias-contact = لا تضع رقم هاتف أو اسم مستخدم يبدأ بـ @ أو رابط في اسمك.

people-team-title = فريقك. يمكنك الضغط على اسم لمعرفة المزيد.
people-team-empty = لا يوجد أحد في فريقك بعد. يمكنك استخدام ➕ دعوة.
people-member-label = { $alias } · { people-role-name }
people-member-card = { $alias }
    الدور: { people-role-name }
    تاريخ الانضمام: { $joined }
people-deactivate = إيقاف الحساب
people-deactivate-confirm = هل تريد إيقاف حساب { $alias }؟ سيفقد الوصول فورًا. تبقى السجلات القديمة بالاسم المستعار فقط.
people-deactivate-yes = نعم، أوقف الحساب
people-deactivated = تم إيقاف حساب { $alias }. لم يعد لهذا الحساب أي وصول.
people-member-area = المنطقة: { $area }
people-set-area = 📍 تحديد المنطقة
people-choose-area = اختر المنطقة التي يعمل فيها { $alias }:
