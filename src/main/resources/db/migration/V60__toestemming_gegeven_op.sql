-- The day a toestemming was given (DOMAIN §2 rule 5): it counts only when its giver was among those
-- who decided about the person on that day, so a child's yes at 11 does not count at 12. Older rows
-- keep null: the rules then read the day it started (vanaf), which is when the portal recorded it.
alter table toestemming add column gegeven_op date;
