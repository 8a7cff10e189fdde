# Faili kwa mashirika washirika: takwimu katika CSV, mstari mmoja kwa kila takwimu.
exports-column = { $column ->
    [start] Mwanzo wa kipindi
    [end] Mwisho wa kipindi
    [area] Eneo
    [sector] Sekta
    [code] Msimbo wa kiashiria
    [indicator] Kiashiria
    [service] Huduma
    [value] Thamani
   *[hidden] Imefichwa
}
exports-indicator = { $indicator ->
    [peer_hours] Saa za uhamasishaji za wenzao
    [referrals] Rufaa zilizotolewa
    [incidents] Matukio ya usalama
    [calls] Maombi ya msaada
    [followups_opened] Ufuatiliaji uliofunguliwa
    [followups_closed] Ufuatiliaji uliofungwa
    [answers] Majibu
    [topic] Majibu kuhusu
    [barrier] Kizuizi kilichokutwa
    [need] Hitaji lisilotimizwa
    [rating_average] Wastani wa alama
   *[rating_answers] Alama
}
exports-figure-of = { $what }: { $item }
