/**
 * Registers every GDK and JDK module with the method and class tables.
 * Importing this module is enough; each module registers itself when loaded.
 */

import "../exceptions.ts";
import "../classes/lang.ts";
import "../classes/math.ts";
import "../classes/string-builder.ts";
import "./objects.ts";
import "./strings.ts";
import "./strings-gdk.ts";
import "./strings-regex.ts";
import "./numbers.ts";
import "./numbers-big.ts";
import "./regex-objects.ts";
import "./collections.ts";
import "../dates/index.ts";
import "../json/index.ts";
