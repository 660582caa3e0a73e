"""The password policy as a single regular expression.

The sign-up API and the mobile app share one regex string, PASSWORD_PATTERN,
read from the same config: the app uses it to give feedback while the user
types, the API to reject weak passwords. Both call
re.fullmatch(PASSWORD_PATTERN, password). Today it checks only the length
and the allowed characters; add the other rules.
"""

# The rules (all of them must hold):
# - 10 to 64 characters, each a printable ASCII character other than space
#   (from "!" to "~" in the ASCII table)
# - at least one lower-case letter, one upper-case letter and one digit
# - at least one symbol: a character that is not a letter or a digit
# - no character three times in a row ("aaa", "111", "!!!")

PASSWORD_PATTERN = (
    r"(?=.*[a-z])"  # a lower-case letter somewhere ahead
    r"(?=.*[A-Z])"  # an upper-case letter
    r"(?=.*[0-9])"  # a digit
    r"(?=.*[^A-Za-z0-9])"  # a symbol
    r"(?!.*(.)\1\1)"  # no character followed by two copies of itself
    r"[!-~]{10,64}"  # what the password is made of, and how long it is
)
