"""Form fields shared by every blueprint's forms."""

from __future__ import annotations

from typing import Any

from wtforms import IntegerField

# Our INTEGER columns hold 32 bits on PostgreSQL; a larger number is nothing of ours, and
# the driver refuses to send it ("integer out of range", a 500) rather than find nothing.
LARGEST_INTEGER = 2**31 - 1


class BoundedIntegerField(IntegerField):
    """An IntegerField that refuses numbers no database integer of ours can hold."""

    # WTForms' NumberRange turns the value into a float, so a 400-digit number raised
    # OverflowError (a 500) instead of failing validation; a 5,000-digit one fails int().
    def process_formdata(self, valuelist: list[Any]) -> None:
        """Refuse an over-long number as WTForms refuses one that is not a number."""
        if valuelist and len(str(valuelist[0]).strip().lstrip("+-")) > len(str(LARGEST_INTEGER)):
            self.data = None
            raise ValueError(self.gettext("Not a valid integer value."))
        super().process_formdata(valuelist)
        if self.data is not None and abs(self.data) > LARGEST_INTEGER:
            self.data = None
            raise ValueError(self.gettext("Number is out of range."))
