"""Telegram adapters for the service directory. `buttons` (button data), `memory` (a person's
filters and last search, in memory only), `card_text`, `screens` and `proposal_screens` (pure),
then handlers by job:
- `find`: the ways to look, filters, by type, the search-by-word flow, near me (location or area);
- `card`: one service, its map pin and referral note, a peer's "still right" or problem report;
- `propose`: the proposal flow;
- `changes`: suggesting a change (peers) or editing (leads);
- `review`: the leads' queue, publish, reject with a reason, and telling the proposer (a neutral
  letter; the outcome after a tap);
- `recheck`: the check list and the weekly offers to peers.
"""

from __future__ import annotations

from bot.handlers.directory import card, changes, find, propose, recheck, review
from bot.handlers.directory.buttons import (
    Approve,
    ApproveChange,
    CategoryPage,
    CheckService,
    ChooseField,
    EditField,
    MapPin,
    NearArea,
    NearMe,
    NearType,
    ProblemIs,
    ProposeArea,
    ProposeCancel,
    ProposeCategoriesDone,
    ProposeCategory,
    ProposeCost,
    ProposeFlag,
    ProposeFlagsDone,
    ProposeHours,
    ProposePapers,
    ProposeSend,
    ProposeSkip,
    ProposeVisibility,
    ReferralNote,
    Reject,
    RejectChange,
    ReportProblem,
    ReviewItem,
    SearchPage,
    SetValue,
    ShowCategories,
    ShowService,
    StillRight,
    ToggleFilter,
    YourChange,
    YourProposal,
)
from bot.handlers.menu import Entry
from bot.handlers.routing import Routes
from bot.people import Role


def register(routes: Routes) -> None:
    routes.entry(Entry.FIND, find.find_screen)
    routes.tap(ToggleFilter, find.toggle_filter)
    routes.tap(ShowCategories, find.categories)
    routes.tap(CategoryPage, find.category_page)
    routes.entry(Entry.SEARCH, find.search_entry)
    routes.flow(find.SEARCH)
    routes.tap(SearchPage, find.search_page)
    routes.tap(NearMe, find.near_me)
    routes.tap(NearType, find.near_type)
    routes.on_location(find.location_shared)
    routes.tap(NearArea, find.area_results)

    routes.tap(ShowService, card.service_card)
    routes.tap(CheckService, card.check_card, Role.PEER)
    routes.tap(MapPin, card.map_pin)
    routes.tap(ReferralNote, card.referral_note)
    routes.tap(StillRight, card.still_right, Role.PEER)
    routes.tap(ReportProblem, card.report_choose, Role.PEER)
    routes.tap(ProblemIs, card.report_problem, Role.PEER)

    routes.entry(Entry.PROPOSE, propose.start)
    routes.command("propose", propose.start, Role.PEER)
    routes.flow(propose.PROPOSAL)
    routes.tap(ProposeCategory, propose.category_tapped, Role.PEER)
    routes.tap(ProposeCategoriesDone, propose.categories_done, Role.PEER)
    routes.tap(ProposeSkip, propose.skipped, Role.PEER)
    routes.tap(ProposeArea, propose.area_tapped, Role.PEER)
    routes.tap(ProposeHours, propose.hours_tapped, Role.PEER)
    routes.tap(ProposeCost, propose.cost_tapped, Role.PEER)
    routes.tap(ProposePapers, propose.papers_tapped, Role.PEER)
    routes.tap(ProposeFlag, propose.flag_tapped, Role.PEER)
    routes.tap(ProposeFlagsDone, propose.flags_done, Role.PEER)
    routes.tap(ProposeVisibility, propose.visibility_tapped, Role.PEER)
    routes.tap(ProposeSend, propose.send, Role.PEER)
    routes.tap(ProposeCancel, propose.cancel, Role.PEER)

    routes.tap(ChooseField, changes.choose_field, Role.PEER)
    routes.tap(EditField, changes.edit_field, Role.PEER)
    routes.tap(SetValue, changes.value_tapped, Role.PEER)
    routes.flow(changes.CHANGE)

    routes.entry(Entry.REVIEW, review.review_entry)
    routes.tap(ReviewItem, review.review_item, Role.LEAD)
    routes.tap(Approve, review.approve, Role.LEAD)
    routes.tap(ApproveChange, review.approve_change, Role.LEAD)
    routes.tap(Reject, review.reject, Role.LEAD)
    routes.tap(RejectChange, review.reject_change, Role.LEAD)
    routes.flow(review.REJECT)
    routes.letter(review.DECISION, review.render_decision)
    routes.tap(YourProposal, review.read_proposal, Role.PEER)
    routes.tap(YourChange, review.read_change, Role.PEER)

    routes.entry(Entry.RECHECK, recheck.recheck_list)
    routes.letter(recheck.OFFER, recheck.render_offer)
    routes.at_start(recheck.schedule_offers)
