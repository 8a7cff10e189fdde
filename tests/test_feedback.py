"""Pure logic of anonymous feedback: the order of the form's questions."""

from bot.feedback.form import next_step


def test_the_feedback_form_asks_service_questions_only_about_a_service():
    about_service = {"topic": "service", "given": "no"}
    steps, step = [], "intro"
    while step != "review":
        step = next_step(about_service, step)
        steps.append(step)
    assert steps == ["topic", "service", "given", "explained", "waiting", "staff", "overall",
                     "barriers", "needs", "text", "review"]  # fmt: skip
    assert next_step({"topic": "needs"}, "topic") == "barriers"
    assert next_step({"topic": "service", "given": "yes", "service_id": 3}, "topic") == "given"
    assert next_step({"topic": "service", "given": "yes"}, "given") == "waiting"
