/** Registers every check: importing a module adds its checks to the registry. */

import "./names.ts";
import "./members.ts";
import "./nulls.ts";
import "./assignments.ts";
import "./sync.ts";
import "./structure.ts";
import "./source.ts";
