# Draft translation: to be reviewed by a native speaker.
# Console mode: the terminal chat for trying the bot and training staff. Not seen on Telegram.

console-intro = وضع الطرفية: البوت الحقيقي، بدون إنترنت، مع أشخاص وهميين. قاعدة البيانات: { $database }
console-help = يمكنك كتابة رسالة أو أمر مثل /start. أو كتابة رقم للضغط على زر.
    :as NAME [member|peer|lead|admin]    الدردشة كشخص آخر (ومنحه دورًا)
    :lang en|fr|ar|sw|es                 لغة تطبيق تيليجرام لهذا الشخص
    :location LAT LON                    مشاركة موقع
    :sample                              تحميل دليل تجريبي لمدينة وهمية
    :help                                هذه المساعدة
    :quit                                الخروج
console-now = أنت الآن { $name } (الدور: { $role }).
console-language = لغة تطبيق تيليجرام الآن: { $language }.
console-elsewhere = (أرسل البوت شيئًا إلى { $name })
console-deleted = (حذف البوت رسالة)
console-edited = (تم التعديل)
console-non-text = ({ $kind })
console-bye = مع السلامة.
console-sample-offer = الدليل فارغ. يمكنك كتابة :sample لتحميل دليل تجريبي لمدينة Port Amani، وهي مدينة وهمية.
console-sample-loaded = تم تحميل { $count ->
    [zero] لا خدمات تجريبية
    [one] خدمة تجريبية واحدة
    [two] خدمتين تجريبيتين
    [few] { $count } خدمات تجريبية
    [many] { $count } خدمةً تجريبية
   *[other] { $count } خدمة تجريبية
}. يمكنك تجربة /find، أو :location -6.80 39.28 للبحث قرب وسط المدينة.
