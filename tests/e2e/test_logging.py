"""DESIGN rule 4: a whole scenario's log holds no id, name, username, message text or token."""

import logging

from tests.builders import code_in

USER_ID = 987654321


async def test_a_captured_log_of_a_whole_scenario_has_nothing_personal(harness, caplog):
    caplog.set_level(logging.DEBUG)
    person = harness.person(
        USER_ID, first_name="Zainab", username="zainab_private", language_code="ar"
    )
    await person.send("/start")
    await person.send("my secret words 0712345678")
    await person.send_contact()
    await person.share_location(-1.2921, 36.8219)
    await person.send("/language")
    await person.tap("Français")
    harness.emulator.fail("sendMessage", status=400, description="Bad Request: zainab_private 0712")
    await person.send("/help")
    harness.emulator.fail("sendMessage", status=502)
    await person.send("/privacy")
    code = code_in(await harness.admin().send("/invite peer"))
    await person.send(f"/join {code}")
    await person.send("Secret Alias")
    await harness.restart()
    await person.send("/whoami")

    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    assert "Update" in logged  # the failures above were logged
    token = harness.emulator.token
    for secret in (
        str(USER_ID),
        "Zainab",
        "zainab_private",
        "my secret words",
        "0712345678",
        "Secret Alias",
        code,
        token,
        token.split(":")[1],
        "-1.2921",
        "36.8219",
    ):
        assert secret not in logged, secret


async def test_an_update_the_library_cannot_parse_is_skipped_and_never_logged(harness, caplog):
    caplog.set_level(logging.DEBUG)
    person = harness.person(USER_ID, first_name="Zainab", username="zainab_private")
    await person.send("/start")
    damaged = {
        "message_id": 77,
        "date": "not a time",  # what a newer or broken payload may look like to the library
        "chat": {"id": USER_ID, "type": "private", "first_name": "Zainab"},
        "from": {
            "id": USER_ID,
            "is_bot": False,
            "first_name": "Zainab",
            "username": "zainab_private",
        },
        "text": "my secret words 0712345678",
        "location": {"latitude": -1.2921, "longitude": 36.8219},
    }
    update_id = harness.emulator.send_raw_update("message", damaged)
    await harness.emulator.wait_acknowledged(update_id, timeout=5)
    replies = await person.send("/help")  # the bot goes on serving
    assert replies, "the bot stopped serving after an update it could not parse"

    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    for secret in (
        str(USER_ID),
        "Zainab",
        "zainab_private",
        "my secret words",
        "0712345678",
        "-1.2921",
        "36.8219",
    ):
        assert secret not in logged, secret
