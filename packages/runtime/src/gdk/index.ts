/**
 * Registers every GDK and JDK module with the method and class tables.
 * Importing this module is enough; each module registers itself when loaded.
 */

import "../exceptions.ts";
import "./regex-objects.ts";
import "./collections.ts";
import "../dates/index.ts";
import "../json/index.ts";
