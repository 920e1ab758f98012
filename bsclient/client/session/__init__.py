"""The clerk's session with the bank: the HTTPS API, login and its second factor, access rules, key requests."""
