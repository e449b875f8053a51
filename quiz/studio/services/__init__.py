"""What studio views call: accounts, the audit trail, pack and question changes."""
