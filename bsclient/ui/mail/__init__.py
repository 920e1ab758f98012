"""Bank mail: the inbox and sent letters, writing a letter, the unread counter."""
