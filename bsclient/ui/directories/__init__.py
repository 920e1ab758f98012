"""The directories window (KNP, KBe, KBK, budget recipients, funds)."""
