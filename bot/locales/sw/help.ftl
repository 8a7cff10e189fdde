# Msaada wakati wa shida: maombi ya msaada wakati wa vipindi, na ufuatiliaji wa matukio.

menu-follow-ups = 📋 Ufuatiliaji
command-followups = Ufuatiliaji wa matukio

## Ombi la msaada la rika (“SOS”)

help-sos-button = 🆘 Nahitaji msaada
help-sos-sent = 🆘 Ombi lako la msaada limewafikia { $count ->
    [one] mtu mmoja
   *[other] watu { $count }
}. Tutakuambia mtu akiwa njiani.
help-sos-nobody = 🆘 Ombi lako la msaada limepokelewa. Hakuna mtu wa kipindi aliyeweza kufikiwa, kwa hiyo viongozi na wasimamizi wote wanaarifiwa sasa.
help-sos-open-on-it = 🆘 Ombi lako la msaada liko wazi. { $responder } anashughulikia.
help-sos-open-waiting = 🆘 Ombi lako la msaada liko wazi. Hakuna aliyejibu bado; watu zaidi wanaarifiwa.
help-sos-over = Kipindi hiki kiliisha zamani mno kuita timu kutoka hapa. Ukiwa hatarini, piga namba ya dharura: “Haki zako” zinazo.
help-share-location = 📍 Tuma mahali nilipo
help-location-ask = Ukiweza, gusa “📍 Tuma mahali nilipo” hapa chini: inakwenda moja kwa moja kwa watu walioarifiwa na haihifadhiwi.
help-location-again = 📍 Tuma mahali nilipo tena
help-live-location = Mahali pa moja kwa moja hapatumiki. Tafadhali tuma mahali ulipo mara moja: “📍 Tuma mahali nilipo”.
help-location-sent = 📍 Mahali ulipo pamewafikia { $count ->
    [one] mtu mmoja
   *[other] watu { $count }
}. Hapahifadhiwi.
help-safe-myself = ✅ Niko salama sasa
help-safe-myself-done = Asante. Wote walioarifiwa watajua uko salama.

## Ujumbe kuhusu ombi

help-sos-letter = 🆘 { $alias } anahitaji msaada sasa: { $when-where }.
    Gusa “Ninashughulikia” ikiwa utasaidia.
help-on-it = 🏃 Ninashughulikia
help-they-are-safe = ✅ Yuko salama sasa
help-escalation = 🆘 Hakuna aliyejibu bado. { $alias } aliomba msaada saa { $time }: { $when-where }.
help-escalation-missed = ⚠️ Hakuna aliyejibu bado. { $alias } hakutoka rasmi wala kujibu baada ya kipindi: { $when-where }. Tafadhali mjulie hali.
help-answered-on-it = ✅ { $responder } anashughulikia: { $alias }, { $when-where }.
help-answered-on-it-you = ✅ { $responder } anashughulikia. Msaada unakuja.
help-answered-safe = ✅ { $alias } yuko salama sasa, asema { $responder }: { $when-where }.
help-answered-safe-themselves = ✅ { $alias } asema yuko salama sasa: { $when-where }.
help-answered-checked-out = ✅ { $alias } ametoka rasmi hatimaye: { $when-where }.
help-answered-safe-you = ✅ { $responder } amesema uko salama sasa. Ikiwa bado unahitaji msaada, gusa hapa chini.
help-on-it-thanks = Asante. Wengine wanajua unashughulikia.
help-already-on-it = { $responder } tayari anashughulikia.
help-safe-thanks = Asante. Wengine wanajua yuko salama.
help-call-over = Ombi hili la msaada limefungwa.

## Ufuatiliaji wa matukio (kwa viongozi)

help-followup-letter = 📋 Ufuatiliaji unasubiri: { $when-where }.
help-followup-open = 📋 Fungua
help-followups-title = Ufuatiliaji ulio wazi, wa zamani kwanza:
help-followups-empty = Hakuna ufuatiliaji ulio wazi.
help-followup-line = { $kind } · { $when-where }
help-followup-line-taken = { $line } · 🙋 { $alias }
help-followup-card = 📋 Ufuatiliaji: { $kind } ({ $count })
    Kipindi: { $when-where }
    Imeripotiwa na: { $alias }
    Maelezo: { $note }
help-followup-note-erased = yamefutwa baada ya kufungwa
help-followup-waiting = Inasubiri tangu { $day }.
help-followup-taken = { $alias } anafuatilia tangu { $day }.
help-followup-closed = Imefungwa { $day }: { $outcome ->
    [resolved] imetatuliwa
    [referred] amepelekwa kwenye huduma
   *[no-action] mhusika hataki hatua yoyote
}.
help-followup-referred-to = Amepelekwa kwa: { $service }
help-take = 🙋 Ninafuatilia
help-close-resolved = ✅ Imefungwa: imetatuliwa
help-close-referred = ➡️ Imefungwa: amepelekwa kwenye huduma
help-close-no-action = 🚫 Imefungwa: hataki hatua
help-taken = Unafuatilia.
help-closed-done = Imefungwa. Asante.
help-already-closed = Ilikuwa imeshafungwa.
help-referral-type = Huduma ya aina gani?
help-referral-service = Huduma ipi?
help-referral-not-listed = Huduma isiyo kwenye orodha

## Takwimu za mwezi

help-figures = Maombi ya msaada: { $calls } ({ $outcomes })
    Ufuatiliaji uliofunguliwa: { $opened } ({ $kinds })
    Ufuatiliaji uliofungwa: { $closed } ({ $closings })
help-call-outcome = { $code ->
    [safe] salama
    [acknowledged] mtu alishughulikia
   *[unanswered] bila jibu
}
help-followup-outcome = { $code ->
    [resolved] imetatuliwa
    [referred] amepelekwa
   *[no-action] hataki hatua
}
