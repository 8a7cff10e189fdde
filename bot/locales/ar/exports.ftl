# ملفات للمنظمات الشريكة: أرقام في ملف CSV، سطر لكل رقم.
exports-column = { $column ->
    [start] بداية الفترة
    [end] نهاية الفترة
    [area] المنطقة
    [sector] القطاع
    [code] رمز المؤشر
    [indicator] المؤشر
    [service] الخدمة
    [value] القيمة
   *[hidden] مخفي
}
exports-indicator = { $indicator ->
    [peer_hours] ساعات التوعية من الأقران
    [referrals] الإحالات
    [incidents] حوادث السلامة
    [calls] طلبات المساعدة
    [followups_opened] المتابعات المفتوحة
    [followups_closed] المتابعات المغلقة
    [answers] الإجابات
    [topic] إجابات عن
    [barrier] عائق واجهه الشخص
    [need] حاجة لم تُلبَّ
    [rating_average] متوسط التقييم
   *[rating_answers] التقييمات
}
exports-figure-of = { $what }: { $item }
