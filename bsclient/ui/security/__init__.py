"""The clerk's security: the carrier and idle locks, the journal, notices, a compromised key, told a code."""
