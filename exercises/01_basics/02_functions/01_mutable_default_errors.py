"""Validate sign-up forms.

validate_signup(form, errors) checks one sign-up form and returns a list of
error messages. A caller may pass its own list to collect the errors of
several forms in one place; without it, every call starts from an empty list.

Right now errors from one call leak into the next one. Find out why and fix
it, without changing the messages.
"""


def validate_signup(form: dict[str, str], errors: list[str] = []) -> list[str]:
    # TODO: errors from earlier calls show up here. Why?
    email = form.get("email", "").strip()
    if not email:
        errors.append("email is required")
    elif "@" not in email:
        errors.append("email is invalid")

    if len(form.get("password", "")) < 8:
        errors.append("password is too short")

    return errors
