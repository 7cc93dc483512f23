/**
 * Java's short time zone names (`EST`/`EDT`, `IST`, `CET`/`CEST`), as
 * `Date.toString()` and the SimpleDateFormat letter `z` print them. Intl's
 * short names differ outside the US (it prints `GMT+5:30` for India), so the
 * names come from this table.
 *
 * Source: JDK 17, `TimeZone.getDisplayName(daylight, TimeZone.SHORT, Locale.US)`
 * for every ID of `TimeZone.getAvailableIDs()`. Zones whose Java name is a
 * `GMT+hh:mm` offset are left out, because that form is computed.
 * Each line is `STANDARD[/DAYLIGHT]:` followed by the zone IDs that use the names.
 */

const TABLE = `
ACST/ACDT: ACT Australia/Adelaide Australia/Broken_Hill Australia/Darwin Australia/North Australia/South
  Australia/Yancowinna
ACT/ACST: America/Eirunepe America/Porto_Acre America/Rio_Branco Brazil/Acre
ACWST/ACWDT: Australia/Eucla
AEST/AEDT: AET Antarctica/Macquarie Australia/ACT Australia/Brisbane Australia/Canberra Australia/Currie
  Australia/Hobart Australia/Lindeman Australia/Melbourne Australia/NSW Australia/Queensland Australia/Sydney
  Australia/Tasmania Australia/Victoria
AFT/AFST: Asia/Kabul
AKST: SystemV/YST9
AKST/AKDT: AST America/Anchorage America/Juneau America/Metlakatla America/Nome America/Sitka America/Yakutat
  SystemV/YST9YDT US/Alaska
ALMT/ALMST: Asia/Almaty
AMT/AMST: America/Boa_Vista America/Campo_Grande America/Cuiaba America/Manaus America/Porto_Velho
  Asia/Yerevan Brazil/West NET
ANAT/ANAST: Asia/Anadyr
AQTT/AQTST: Asia/Aqtau Asia/Aqtobe
ART/ARST: AGT America/Argentina/Buenos_Aires America/Argentina/Catamarca America/Argentina/ComodRivadavia
  America/Argentina/Cordoba America/Argentina/Jujuy America/Argentina/La_Rioja America/Argentina/Mendoza
  America/Argentina/Rio_Gallegos America/Argentina/Salta America/Argentina/San_Juan America/Argentina/San_Luis
  America/Argentina/Tucuman America/Argentina/Ushuaia America/Buenos_Aires America/Catamarca America/Cordoba
  America/Jujuy America/Mendoza America/Rosario
AST/ADT: America/Anguilla America/Antigua America/Aruba America/Barbados America/Blanc-Sablon America/Curacao
  America/Dominica America/Glace_Bay America/Goose_Bay America/Grenada America/Guadeloupe America/Halifax
  America/Kralendijk America/Lower_Princes America/Marigot America/Martinique America/Moncton
  America/Montserrat America/Port_of_Spain America/Puerto_Rico America/Santo_Domingo America/St_Barthelemy
  America/St_Kitts America/St_Lucia America/St_Thomas America/St_Vincent America/Thule America/Tortola
  America/Virgin Asia/Aden Asia/Baghdad Asia/Bahrain Asia/Kuwait Asia/Qatar Asia/Riyadh Atlantic/Bermuda
  Canada/Atlantic PRT SystemV/AST4 SystemV/AST4ADT
AWST/AWDT: Antarctica/Casey Australia/Perth Australia/West
AZOT/AZOST: Atlantic/Azores
AZT/AZST: Asia/Baku
BDT/BDST: Asia/Dacca Asia/Dhaka BST
BNT/BNST: Asia/Brunei
BOT/BOST: America/La_Paz
BRT/BRST: America/Araguaina America/Bahia America/Belem America/Fortaleza America/Maceio America/Recife
  America/Santarem America/Sao_Paulo BET Brazil/East
BST: Pacific/Bougainville
BTT/BTST: Asia/Thimbu Asia/Thimphu
CAT/CAST: Africa/Blantyre Africa/Bujumbura Africa/Gaborone Africa/Harare Africa/Juba Africa/Khartoum
  Africa/Kigali Africa/Lubumbashi Africa/Lusaka Africa/Maputo CAT
CAT/WAT: Africa/Windhoek
CCT/CCST: Indian/Cocos
CET/CEST: Africa/Algiers Africa/Ceuta Africa/Tunis Arctic/Longyearbyen Atlantic/Jan_Mayen CET ECT
  Europe/Amsterdam Europe/Andorra Europe/Belgrade Europe/Berlin Europe/Bratislava Europe/Brussels
  Europe/Budapest Europe/Busingen Europe/Copenhagen Europe/Gibraltar Europe/Ljubljana Europe/Luxembourg
  Europe/Madrid Europe/Malta Europe/Monaco Europe/Oslo Europe/Paris Europe/Podgorica Europe/Prague Europe/Rome
  Europe/San_Marino Europe/Sarajevo Europe/Skopje Europe/Stockholm Europe/Tirane Europe/Vaduz Europe/Vatican
  Europe/Vienna Europe/Warsaw Europe/Zagreb Europe/Zurich Poland
CHAST/CHADT: NZ-CHAT Pacific/Chatham
CHOT/CHOST: Asia/Choibalsan
CHUT/CHUST: Pacific/Chuuk Pacific/Truk Pacific/Yap
CKT/CKHST: Pacific/Rarotonga
CLT/CLST: America/Santiago Antarctica/Palmer Chile/Continental
COT/COST: America/Bogota
CST/CDT: America/Bahia_Banderas America/Belize America/Chicago America/Chihuahua America/Costa_Rica
  America/El_Salvador America/Guatemala America/Havana America/Indiana/Knox America/Indiana/Tell_City
  America/Knox_IN America/Managua America/Matamoros America/Menominee America/Merida America/Mexico_City
  America/Monterrey America/North_Dakota/Beulah America/North_Dakota/Center America/North_Dakota/New_Salem
  America/Ojinaga America/Rainy_River America/Rankin_Inlet America/Regina America/Resolute
  America/Swift_Current America/Tegucigalpa America/Winnipeg Asia/Chongqing Asia/Chungking Asia/Harbin
  Asia/Macao Asia/Macau Asia/Shanghai Asia/Taipei CST CST6CDT CTT Canada/Central Canada/Saskatchewan Cuba
  Mexico/General PRC SystemV/CST6 SystemV/CST6CDT US/Central US/Indiana-Starke
CVT/CVST: Atlantic/Cape_Verde
CXT/CXST: Indian/Christmas
ChST/ChDT: Pacific/Guam Pacific/Saipan
DAVT/DAVST: Antarctica/Davis
DDUT/DDUST: Antarctica/DumontDUrville
EAST/EASST: Chile/EasterIsland Pacific/Easter
EAT/EAST: Africa/Addis_Ababa Africa/Asmara Africa/Asmera Africa/Dar_es_Salaam Africa/Djibouti Africa/Kampala
  Africa/Mogadishu Africa/Nairobi EAT Indian/Antananarivo Indian/Comoro Indian/Mayotte
ECT/ECST: America/Guayaquil
EET/EEST: ART Africa/Cairo Africa/Tripoli Asia/Amman Asia/Beirut Asia/Damascus Asia/Famagusta Asia/Gaza
  Asia/Hebron Asia/Nicosia EET Egypt Europe/Athens Europe/Bucharest Europe/Chisinau Europe/Helsinki
  Europe/Kaliningrad Europe/Kiev Europe/Kyiv Europe/Mariehamn Europe/Nicosia Europe/Riga Europe/Sofia
  Europe/Tallinn Europe/Tiraspol Europe/Uzhgorod Europe/Vilnius Europe/Zaporozhye Libya
EGT/EGST: America/Scoresbysund
EST: EST
EST/EDT: America/Atikokan America/Cancun America/Cayman America/Coral_Harbour America/Detroit
  America/Fort_Wayne America/Grand_Turk America/Indiana/Indianapolis America/Indiana/Marengo
  America/Indiana/Petersburg America/Indiana/Vevay America/Indiana/Vincennes America/Indiana/Winamac
  America/Indianapolis America/Iqaluit America/Jamaica America/Kentucky/Louisville America/Kentucky/Monticello
  America/Louisville America/Montreal America/Nassau America/New_York America/Nipigon America/Panama
  America/Pangnirtung America/Port-au-Prince America/Thunder_Bay America/Toronto Canada/Eastern EST5EDT IET
  Jamaica SystemV/EST5 SystemV/EST5EDT US/East-Indiana US/Eastern US/Michigan
FJT/FJST: Pacific/Fiji
FKT/FKST: Atlantic/Stanley
FNT/FNST: America/Noronha Brazil/DeNoronha
GALT/GALST: Pacific/Galapagos
GAMT/GAMST: Pacific/Gambier
GET/GEST: Asia/Tbilisi
GFT/GFST: America/Cayenne
GILT/GILST: Pacific/Tarawa
GMT: Africa/Abidjan Africa/Bamako Africa/Banjul Africa/Bissau Africa/Conakry Africa/Dakar Africa/Freetown
  Africa/Lome Africa/Monrovia Africa/Nouakchott Africa/Ouagadougou Africa/Sao_Tome Africa/Timbuktu
  America/Danmarkshavn Atlantic/Reykjavik Atlantic/St_Helena Etc/GMT Etc/GMT+0 Etc/GMT-0 Etc/GMT0
  Etc/Greenwich GMT GMT0 Greenwich Iceland
GMT/BST: Europe/Belfast Europe/Guernsey Europe/Isle_of_Man Europe/Jersey Europe/London GB GB-Eire
GMT/CEST: Antarctica/Troll
GMT/GHST: Africa/Accra
GMT/IST: Eire Europe/Dublin
GST/GDT: Asia/Dubai Asia/Muscat Atlantic/South_Georgia
GYT/GYST: America/Guyana
HAST/HADT: America/Adak America/Atka Pacific/Johnston US/Aleutian
HKT/HKST: Asia/Hong_Kong Hongkong
HOVT/HOVST: Asia/Hovd
HST: HST
HST/HDT: Pacific/Honolulu SystemV/HST10 US/Hawaii
ICT/ICST: Asia/Bangkok Asia/Ho_Chi_Minh Asia/Phnom_Penh Asia/Saigon Asia/Vientiane VST
IOT/IOST: Indian/Chagos
IRKT/IRKST: Asia/Irkutsk
IRST/IRDT: Asia/Tehran Iran
IST/IDT: Asia/Calcutta Asia/Colombo Asia/Jerusalem Asia/Kolkata Asia/Tel_Aviv IST Israel
JST/JDT: Asia/Tokyo JST Japan
KGT/KGST: Asia/Bishkek
KOST/KOSST: Pacific/Kosrae
KRAT/KRAST: Asia/Krasnoyarsk Asia/Novokuznetsk
KST/KDT: Asia/Pyongyang Asia/Seoul ROK
LHST/LHDT: Australia/LHI Australia/Lord_Howe
LINT/LINST: Pacific/Kiritimati
MAGT/MAGST: Asia/Magadan
MART/MARST: Pacific/Marquesas
MAWT/MAWST: Antarctica/Mawson
MET/MEST: MET
MHT/MHST: Kwajalein Pacific/Kwajalein Pacific/Majuro
MMT/MMST: Asia/Rangoon Asia/Yangon
MSK/MSD: Europe/Kirov Europe/Minsk Europe/Moscow Europe/Simferopol Europe/Volgograd W-SU
MST: MST
MST/MDT: America/Boise America/Cambridge_Bay America/Ciudad_Juarez America/Creston America/Dawson
  America/Dawson_Creek America/Denver America/Edmonton America/Fort_Nelson America/Hermosillo America/Inuvik
  America/Mazatlan America/Phoenix America/Shiprock America/Whitehorse America/Yellowknife Canada/Mountain
  Canada/Yukon MST7MDT Mexico/BajaSur Navajo PNT SystemV/MST7 SystemV/MST7MDT US/Arizona US/Mountain
MUT/MUST: Indian/Mauritius
MVT/MVST: Indian/Maldives
MYT/MYST: Asia/Kuala_Lumpur Asia/Kuching
NCT/NCST: Pacific/Noumea
NFT/NFST: Pacific/Norfolk
NOVT/NOVST: Asia/Novosibirsk
NPT/NPST: Asia/Kathmandu Asia/Katmandu
NRT/NRST: Pacific/Nauru
NST/NDT: America/St_Johns CNT Canada/Newfoundland
NUT/NUST: Pacific/Niue
NZST/NZDT: Antarctica/McMurdo Antarctica/South_Pole NST NZ Pacific/Auckland
OMST/OMSST: Asia/Omsk
ORAT/ORAST: Asia/Oral
PET/PEST: America/Lima
PETT/PETST: Asia/Kamchatka
PGT/PGST: Pacific/Port_Moresby
PHOT/PHOST: Pacific/Enderbury
PKT/PKST: Asia/Karachi PLT
PMST/PMDT: America/Miquelon
PONT/PONST: Pacific/Pohnpei Pacific/Ponape
PST: SystemV/PST8
PST/PDT: America/Ensenada America/Los_Angeles America/Santa_Isabel America/Tijuana America/Vancouver
  Asia/Manila Canada/Pacific Mexico/BajaNorte PST PST8PDT Pacific/Pitcairn SystemV/PST8PDT US/Pacific
PWT/PWST: Pacific/Palau
PYT/PYST: America/Asuncion
QOST/QOSST: Asia/Qostanay
QYZT/QYZST: Asia/Qyzylorda
RET/REST: Indian/Reunion
ROTT/ROTST: Antarctica/Rothera
SAKT/SAKST: Asia/Sakhalin
SAMT/SAMST: Europe/Samara
SAST: Africa/Johannesburg Africa/Maseru Africa/Mbabane
SBT/SBST: Pacific/Guadalcanal SST
SCT/SCST: Indian/Mahe
SGT/SGST: Asia/Singapore Singapore
SRET/SREDT: Asia/Srednekolymsk
SRT/SRST: America/Paramaribo
SST/SDT: Pacific/Midway Pacific/Pago_Pago Pacific/Samoa US/Samoa
SYOT/SYOST: Antarctica/Syowa
TAHT/TAHST: Pacific/Tahiti
TFT/TFST: Indian/Kerguelen
TJT/TJST: Asia/Dushanbe
TKT/TKST: Pacific/Fakaofo
TLT/TLST: Asia/Dili
TMT/TMST: Asia/Ashgabat Asia/Ashkhabad
TOT/TOST: Pacific/Tongatapu
TRT/TRST: Asia/Istanbul Europe/Istanbul Turkey
TVT/TVST: Pacific/Funafuti
ULAT/ULAST: Asia/Ulaanbaatar Asia/Ulan_Bator
UTC: Etc/UCT Etc/UTC Etc/Universal Etc/Zulu UCT UTC Universal Zulu
UYT/UYST: America/Montevideo
UZT/UZST: Asia/Samarkand Asia/Tashkent
VET/VEST: America/Caracas
VLAT/VLAST: Asia/Ust-Nera Asia/Vladivostok
VOST/VOSST: Antarctica/Vostok
VUT/VUST: Pacific/Efate
WAKT/WAKST: Pacific/Wake
WAT/WAST: Africa/Bangui Africa/Brazzaville Africa/Douala Africa/Kinshasa Africa/Lagos Africa/Libreville
  Africa/Luanda Africa/Malabo Africa/Ndjamena Africa/Niamey Africa/Porto-Novo
WET/WEST: Africa/Casablanca Africa/El_Aaiun Atlantic/Canary Atlantic/Faeroe Atlantic/Faroe Atlantic/Madeira
  Europe/Lisbon Portugal WET
WFT/WFST: Pacific/Wallis
WGT/WGST: America/Godthab America/Nuuk
WIB/WIST: Asia/Jakarta Asia/Pontianak
WIT/EIST: Asia/Jayapura
WITA/CIST: Asia/Makassar Asia/Ujung_Pandang
WSST/WSDT: MIT Pacific/Apia
XJT/XJDT: Asia/Kashgar Asia/Urumqi
YAKT/YAKST: Asia/Chita Asia/Khandyga Asia/Yakutsk
YEKT/YEKST: Asia/Yekaterinburg
`;

/** Zone ID to [standard name, daylight name]. */
const NAMES = new Map<string, [string, string]>();

let group: [string, string] | undefined;
for (const line of TABLE.split("\n")) {
  if (line.trim() === "") continue;
  let ids = line;
  const colon = line.indexOf(":");
  if (!line.startsWith(" ") && colon > 0) {
    const [standard, daylight] = line.slice(0, colon).split("/");
    group = [standard!, daylight ?? standard!];
    ids = line.slice(colon + 1);
  }
  for (const id of ids.trim().split(/\s+/)) NAMES.set(id, group!);
}

/** Java's short name of a zone, or undefined when Java prints the zone as a GMT offset. */
export function javaShortZoneName(zoneId: string, daylight: boolean): string | undefined {
  const names = NAMES.get(zoneId);
  return names === undefined ? undefined : names[daylight ? 1 : 0];
}

/** Zone IDs for a short name (`IST`, `CET`), used when parsing `z`. */
export function zonesWithShortName(name: string): string[] {
  const ids: string[] = [];
  for (const [id, names] of NAMES) if (names[0] === name || names[1] === name) ids.push(id);
  return ids;
}
