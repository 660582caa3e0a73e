"""Validate sign-up forms."""


def validate_signup(form: dict[str, str], errors: list[str] | None = None) -> list[str]:
    if errors is None:
        errors = []

    email = form.get("email", "").strip()
    if not email:
        errors.append("email is required")
    elif "@" not in email:
        errors.append("email is invalid")

    if len(form.get("password", "")) < 8:
        errors.append("password is too short")

    return errors
