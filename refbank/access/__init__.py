"""Users' access to the bank (R5.5, R6.1, R6.4, R6.5, R7.1, R8.1-R8.7): who they are, how they log in and
prove their carrier, their sessions, passwords, one-time codes, the outbox those codes go through, and the
journal of what each user did.
"""
