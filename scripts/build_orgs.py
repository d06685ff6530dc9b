#!/usr/bin/env python3
"""Build gazet's built-in ORG gazetteer, python/gazet/data/orgs.csv.

    pip install -r scripts/requirements-orgs.txt
    python scripts/build_orgs.py            # add -v to list the names left out and why

Columns: label,entity_id,name,kind,country_code. One row per surface name, sorted by
entity_id then name, so two runs give byte-identical files. Described in
python/gazet/data/ORGS_SOURCES.md.

Inputs:
* the hand tables below (news agencies, media, intergovernmental bodies, government
  bodies, clubs, universities, parties, companies), written from general knowledge;
* listed companies from ``pytickersymbols`` (MIT), index constituents of the major
  US, European and Japanese indices;
* python/gazet/data/places.csv.gz and demonyms.csv and data/surnames.txt, read only to
  leave out names that are bare place names, demonyms or surnames.

The point of the list is organisation names that contain a place name ("Bank of
England", "Real Madrid"), so that the matcher sees the longer ORG span instead of a
PLACE inside it. A surface name is therefore left out when on its own it would be
wrong as often as right: see ``exclusion_reason``.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "python" / "gazet" / "data"
ORGS_PATH = DATA / "orgs.csv"
COLUMNS = ["label", "entity_id", "name", "kind", "country_code"]
KINDS = (
    "agency", "media", "intergovernmental", "government", "club",
    "company", "university", "party", "other",
)  # fmt: skip


def words(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated string."""
    return frozenset(text.split())


# ---------------------------------------------------------------------------
# Exclusion word lists
# ---------------------------------------------------------------------------

# Single words that an organisation shares with ordinary English (or a clipped
# abbreviation that spells one): alone they would tag everyday text as ORG.
COMMON_WORDS = words(
    """
    admiral amazon apple argan ball bank bay best block boots canon capital
    compass delta disco dawn economist emirates evolution express gap global guardian
    hexagon independent investor kingfisher match mercury mirror monster mosaic next
    observer olympus oracle orange persimmon pool progressive puma rational recruit
    sage sharp shell southern standard star sun target telegraph times travelers
    visa waters weir who aid can it us all one three total nice sky post
    general united national royal american international first energy group times
    news media press herald tribune chronicle journal gazette mail today world
    labour labor liberal conservative green greens democrat democrats republican
    republicans socialist national nationals reform alliance union congress party
    police army navy treasury parliament senate council court commission
    rangers giants jets kings panthers cardinals bears eagles lions tigers heat magic
    thunder jazz suns nets bulls hawks warriors rockets wizards bucks hornets pelicans
    clippers mavericks nuggets pistons pacers raptors cavaliers grizzlies timberwolves
    cowboys patriots broncos chiefs raiders vikings jaguars falcons saints titans colts
    ravens browns dolphins bills packers texans chargers rams bengals cubs braves
    pirates royals twins mariners angels athletics orioles rays nationals marlins reds
    padres rockies brewers guardians stars blues wild lightning flames sharks ducks
    devils islanders senators predators capitals hurricanes jackets flyers penguins
    sabres avalanche coyotes kraken knights canucks
    arsenal villa city county united athletic wanderers rovers albion palace forest
    wednesday argyle town celtic hearts hibs saints dons
    inter real sporting olympic racing atletico
    intel toto spirit alphabet meta square snap uber booking continental partners diploma
    prudential wolves gunners tapestry grab
    """
)

# Single words that are surnames in data/surnames.txt but that news uses almost only
# for the organisation; they are kept although the surname rule would drop them.
SURNAME_BRANDS = words(
    """
    Siemens Nestlé Boeing Pfizer Nissan Porsche Bosch Heineken Ericsson Michelin Renault
    Peugeot Hyundai Samsung Harvard Yale Stanford Cisco Philips Roche Ferrari Hermès
    Halliburton Honeywell Chrysler Bombardier Cargill Bechtel Kroger Henkel Linde Saab
    Safran Shein Whitbread Hershey Gartner Danaher Stryker Trimble Hubbell Fitch Chubb
    Blackstone Blackwater Beazley Hiscox Alcon Legrand Sapienza Monzo Corning
    """
)

# Surface names left out by hand: person names, place-like or everyday phrases.
EXCLUDED_NAMES = frozenset(
    {
        "Walt Disney", "Estée Lauder", "Charles Schwab", "Ralph Lauren", "Raymond James",
        "Jack Henry", "Arthur J. Gallagher", "Charles River", "Iron Mountain",
        "Old Dominion", "Henry Schein", "Hugo Boss", "Thomas Cook", "John Lewis",
        "Marks", "Dollar Tree", "Public Storage", "Realty Income", "Best Buy",
        "Capital One", "Globe Life", "Southern Company", "Progressive Corporation",
        "Fox", "Total", "Dow", "Ventas", "Elis", "Elia", "Elisa", "Hella", "Sofina",
        "Montea", "Argan", "Coface", "Kesko", "Toho", "Marui", "Casio", "Muji",
        "State Street", "Deportivo", "Internacional", "Independiente",
    }
)  # fmt: skip

NAME_FIXES = {
    # pytickersymbols names scraped with a share class or page title glued on.
    "EBay": "eBay",
    "IndustrivärdenC": "Industrivärden",
    "KalmarB": "Kalmar",
    "LifcoB": "Lifco",
    "Orpea-Gruppe": "Orpea",
    "STABILUS SE": "Stabilus SE",
    "Puma (brand)": "Puma SE",
    "PTC (software company)": "PTC Inc.",
    "Esso S.A.F.": "Esso SAF",
    "Wendel (Beteiligungsgesellschaft)": "Wendel SE",
}

LEGAL_SUFFIXES = words(
    "inc inc. incorporated corporation corp corp. plc sa s.a. ag se n.v. nv ltd ltd. "
    "limited co co. company companies group holdings holding ab sca oyj a/s"
)

# ---------------------------------------------------------------------------
# Hand tables. One organisation a line: ``CC Canonical name | alias | alias``.
# CC is the ISO 3166-1 alpha-2 code, or ``--`` for an international body.
# Aliases are forms news writes; the exclusion rules still apply to them.
# ---------------------------------------------------------------------------

HAND: dict[str, str] = {}

HAND["agency"] = """
GB Reuters | Reuters news agency
US Associated Press | AP
FR Agence France-Presse | AFP | Agence France Presse
CN Xinhua News Agency | Xinhua
RU TASS | ITAR-TASS
RU RIA Novosti | RIA
RU Interfax
RU Sputnik News | Sputnik International
TR Anadolu Agency | Anadolu Ajansı
IT ANSA
ES Agencia EFE | EFE
DE Deutsche Presse-Agentur | dpa
JP Kyodo News | Kyodo
JP Jiji Press | Jiji
KR Yonhap News Agency | Yonhap
KP Korean Central News Agency | KCNA
IN Press Trust of India | PTI
IN Indo-Asian News Service | IANS
IN Asian News International | ANI
IN United News of India | UNI
PK Associated Press of Pakistan | APP
IR Islamic Republic News Agency | IRNA
IR Fars News Agency | Fars News
IR Tasnim News Agency | Tasnim
IR Mehr News Agency | Mehr News
IR Iranian Students' News Agency | ISNA
AE Emirates News Agency | WAM
SA Saudi Press Agency | SPA
EG Middle East News Agency | MENA
MY Bernama
ID Antara News Agency | Antara
BD Bangladesh Sangbad Sangstha | BSS
LK Lanka Puvath
NP Rastriya Samachar Samiti
PH Philippine News Agency
VN Vietnam News Agency | VNA
TH Thai News Agency
QA Qatar News Agency | QNA
KW Kuwait News Agency | KUNA
BH Bahrain News Agency
OM Oman News Agency
JO Petra News Agency
SY Syrian Arab News Agency | SANA
IQ Iraqi News Agency
LB National News Agency of Lebanon
PS WAFA News Agency | WAFA
MA Maghreb Arabe Presse
DZ Algeria Press Service | APS
TN Tunis Afrique Presse
NG News Agency of Nigeria | NAN
ZA South African Press Association | SAPA
KE Kenya News Agency
GH Ghana News Agency
ET Ethiopian News Agency
UA Ukrinform
UA UNIAN
BY BelTA
PL Polish Press Agency | PAP
CZ Czech News Agency | ČTK
HU MTI
RO Agerpres
GR Athens News Agency | ANA-MPA
AT Austria Presse Agentur | APA
CH Keystone-SDA
NL Algemeen Nederlands Persbureau | ANP
BE Belga News Agency
SE Tidningarnas Telegrambyrå | TT News Agency
NO NTB
DK Ritzau
FI STT
PT Lusa News Agency | Lusa
BR Agência Brasil
AR Télam
MX Notimex
CU Prensa Latina
AU Australian Associated Press | AAP
CA Canadian Press
GB Press Association | PA Media
US United Press International | UPI
US Bloomberg News
US Dow Jones Newswires
"""

HAND["media"] = """
US New York Times | NYT | New York Times Company
US Washington Post | WaPo
US Los Angeles Times | LA Times
US Wall Street Journal | WSJ
US Chicago Tribune
US Boston Globe
US USA Today
US New York Post
US New York Daily News
US San Francisco Chronicle
US Houston Chronicle
US Dallas Morning News
US Miami Herald
US Philadelphia Inquirer
US Seattle Times
US Denver Post
US Atlanta Journal-Constitution
US Detroit Free Press
US Minneapolis Star Tribune | Star Tribune
US Tampa Bay Times
US Arizona Republic
US Baltimore Sun
US Chicago Sun-Times
US San Diego Union-Tribune
US Orlando Sentinel
US Texas Tribune
US Politico
US Axios
US Bloomberg Businessweek
US Forbes magazine
US Fortune magazine
US Time magazine
US Newsweek
US New Yorker magazine
US Atlantic magazine
US Wired magazine
US Vanity Fair
US Rolling Stone
US Variety magazine
US Hollywood Reporter
US BuzzFeed News | BuzzFeed
US HuffPost | Huffington Post
US Vox Media
US Daily Beast
US Breitbart News | Breitbart
US Fox News | Fox News Channel
US CNN | Cable News Network
US MSNBC
US CNBC
US ABC News
US CBS News
US NBC News
US National Public Radio | NPR
US Public Broadcasting Service | PBS
US Voice of America | VOA
US Radio Free Europe/Radio Liberty | RFE/RL | Radio Free Europe
US Radio Free Asia
US Al-Hurra | Alhurra
US C-SPAN
US ESPN
US Yahoo News
US Business Insider
GB British Broadcasting Corporation | BBC | BBC News | BBC World Service
GB Sky News
GB ITV News | ITV
GB Channel 4 News | Channel 4
GB Financial Times | FT
GB Daily Telegraph | Telegraph newspaper
GB Daily Mail | Mail on Sunday | MailOnline
GB Daily Mirror
GB Daily Express | Sunday Express
GB Daily Star
GB Evening Standard | London Evening Standard
GB Guardian newspaper | Guardian News & Media
GB Observer newspaper
GB Sunday Times
GB Times newspaper
GB Manchester Evening News
GB Liverpool Echo
GB Yorkshire Post
GB Birmingham Mail
GB The Scotsman | Scotsman newspaper
GB Glasgow Herald | Herald Scotland
GB Daily Record
GB Belfast Telegraph
GB Irish News
GB Western Mail
GB Eastern Daily Press
GB Northern Echo
GB New Statesman
GB Spectator magazine
GB Private Eye
GB GB News
GB Reuters Television
GB LBC
IE RTÉ | Raidió Teilifís Éireann
IE Irish Times
IE Irish Independent
IE Irish Examiner
CA Canadian Broadcasting Corporation | CBC | CBC News
CA Toronto Star
CA Globe and Mail
CA National Post
CA Montreal Gazette
CA Vancouver Sun
CA Ottawa Citizen
CA CTV News
AU Australian Broadcasting Corporation | ABC Australia
AU Sydney Morning Herald
AU The Australian | Australian newspaper
AU Herald Sun
AU Special Broadcasting Service | SBS News
NZ New Zealand Herald | NZ Herald
NZ Radio New Zealand | RNZ
QA Al Jazeera | Al Jazeera English | Al Jazeera Arabic
SA Al Arabiya
AE Sky News Arabia
AE Gulf News
AE Khaleej Times
AE Asharq News
GB Asharq Al-Awsat
GB Middle East Eye
GB Al-Araby Al-Jadeed | New Arab
LB Al Mayadeen
LB Al-Manar
LB L'Orient-Le Jour
EG Al-Ahram | Ahram Online
EG Egypt Independent
IL Jerusalem Post
IL Times of Israel
IL Haaretz
IL Yedioth Ahronoth | Ynet
IL Maariv
IL Israel Hayom
IL Channel 12 News
IL Kan public broadcaster
TR TRT World | TRT
TR Hürriyet | Hurriyet Daily News
TR Daily Sabah
TR Cumhuriyet
IR Press TV
IR Tehran Times
IR Kayhan
IR Islamic Republic of Iran Broadcasting | IRIB
IN Times of India | TOI
IN Hindustan Times
IN Indian Express
IN The Hindu | Hindu newspaper
IN Deccan Herald
IN Deccan Chronicle
IN Economic Times
IN Business Standard
IN Mint newspaper | Livemint
IN NDTV
IN India Today
IN Zee News
IN Republic TV
IN Doordarshan
IN All India Radio
IN Dainik Jagran
IN Dainik Bhaskar
IN Malayala Manorama
IN Eenadu
PK Dawn newspaper | Dawn News | Dawn.com
PK Express Tribune
PK Geo News | Geo TV
PK ARY News
PK Pakistan Today
PK Business Recorder
PK Daily Jang | Jang
PK Pakistan Television | PTV
BD Dhaka Tribune
BD Prothom Alo
NP Kathmandu Post
AF TOLOnews
AF Pajhwok Afghan News | Pajhwok
HK South China Morning Post | SCMP
HK Hong Kong Free Press
HK Apple Daily
CN China Daily
CN Global Times
CN People's Daily
CN China Central Television | CCTV
CN China Global Television Network | CGTN
CN Caixin
TW Taipei Times
TW Focus Taiwan
JP Japan Times
JP NHK | Nippon Hoso Kyokai
JP Asahi Shimbun
JP Yomiuri Shimbun
JP Mainichi Shimbun
JP Nikkei Asia | Nikkei newspaper
KR Korea Herald
KR Korea Times
KR JoongAng Ilbo
KR Chosun Ilbo
KR KBS
SG Straits Times
SG Channel NewsAsia | CNA
MY New Straits Times
MY Malaysiakini
TH Bangkok Post
PH Philippine Daily Inquirer | Inquirer.net
PH Manila Bulletin
PH Rappler
ID Jakarta Post
ID Kompas
ID Tempo magazine
VN VnExpress
RU Russia Today | RT
RU Moscow Times
RU Kommersant
RU Izvestia
RU Novaya Gazeta
RU Rossiyskaya Gazeta
RU Komsomolskaya Pravda
RU Channel One Russia
RU Meduza
UA Kyiv Independent
UA Kyiv Post
UA Ukrainska Pravda
DE Deutsche Welle | DW
DE Der Spiegel | Spiegel
DE Frankfurter Allgemeine Zeitung | FAZ
DE Süddeutsche Zeitung
DE Die Zeit
DE Die Welt
DE Bild | Bild-Zeitung
DE Handelsblatt
DE ARD
DE ZDF
FR Le Monde
FR Le Figaro
FR Libération
FR Le Parisien
FR Les Echos
FR Ouest-France
FR France 24
FR Radio France Internationale | RFI
FR BFM TV | BFMTV
FR Le Point
FR L'Express
FR Mediapart
FR Charlie Hebdo
IT Corriere della Sera
IT La Repubblica
IT La Stampa
IT Il Sole 24 Ore
IT RAI | Radiotelevisione italiana
ES El País
ES El Mundo
ES La Vanguardia
ES RTVE
NL De Telegraaf
NL NOS
NL NRC Handelsblad
BE Le Soir
BE De Standaard
CH Neue Zürcher Zeitung | NZZ
CH Swissinfo
AT Der Standard
PL Gazeta Wyborcza
SE Dagens Nyheter
SE Svenska Dagbladet
NO Aftenposten
DK Politiken
GR Kathimerini
BR Folha de S.Paulo | Folha
BR O Globo | TV Globo | Rede Globo
BR Estadão | O Estado de S. Paulo
AR Clarín
MX El Universal
MX Reforma newspaper
CO El Tiempo
CL El Mercurio
VE TeleSUR
ZA Mail & Guardian
ZA News24
ZA South African Broadcasting Corporation | SABC
ZA Daily Maverick
NG Punch newspaper
NG Vanguard newspaper
NG Premium Times
NG Channels Television
KE Daily Nation
KE Citizen TV
GH Daily Graphic
UG Daily Monitor
UG New Vision
ET Addis Standard
--  Euronews
--  Economist Intelligence Unit
"""

HAND["intergovernmental"] = """
--  United Nations | UN | U.N.
--  United Nations Security Council | UN Security Council | UNSC | Security Council
--  United Nations General Assembly | UN General Assembly | UNGA
--  United Nations Human Rights Council | UN Human Rights Council | UNHRC
--  Office of the United Nations High Commissioner for Human Rights | OHCHR | UN human rights office
--  United Nations High Commissioner for Refugees | UNHCR | UN refugee agency
--  United Nations Children's Fund | UNICEF
--  United Nations Development Programme | UNDP
--  United Nations Environment Programme | UNEP
--  United Nations Population Fund | UNFPA
--  United Nations Relief and Works Agency | UNRWA
--  United Nations Educational, Scientific and Cultural Organization | UNESCO
--  United Nations Office on Drugs and Crime | UNODC
--  United Nations Conference on Trade and Development | UNCTAD
--  United Nations Industrial Development Organization | UNIDO
--  United Nations Framework Convention on Climate Change | UNFCCC
--  Office for the Coordination of Humanitarian Affairs | OCHA | UN OCHA
--  UN Women
--  UNAIDS | Joint United Nations Programme on HIV/AIDS
--  United Nations Interim Force in Lebanon | UNIFIL
--  United Nations Mission in South Sudan | UNMISS
--  International Court of Justice | ICJ | World Court
--  International Criminal Court | ICC
--  Permanent Court of Arbitration
--  World Health Organization | World Health Organisation
--  World Food Programme | WFP | UN World Food Programme
--  Food and Agriculture Organization | FAO
--  International Labour Organization | ILO | International Labour Organisation
--  International Atomic Energy Agency | IAEA
--  International Monetary Fund | IMF
--  World Bank | World Bank Group
--  International Finance Corporation | IFC
--  World Trade Organization | WTO | World Trade Organisation
--  World Meteorological Organization | WMO
--  World Intellectual Property Organization | WIPO
--  International Telecommunication Union | ITU
--  Universal Postal Union
--  International Maritime Organization | IMO
--  International Civil Aviation Organization | ICAO
--  International Organization for Migration | IOM
--  International Fund for Agricultural Development | IFAD
--  Organisation for the Prohibition of Chemical Weapons | OPCW
--  Comprehensive Nuclear-Test-Ban Treaty Organization | CTBTO
--  Intergovernmental Panel on Climate Change | IPCC
--  Bank for International Settlements | BIS
--  Financial Stability Board
--  Financial Action Task Force | FATF
--  Organisation for Economic Co-operation and Development | OECD
--  Organization of the Petroleum Exporting Countries | OPEC | OPEC+
--  International Energy Agency | IEA
--  International Renewable Energy Agency | IRENA
--  Interpol | International Criminal Police Organization
--  North Atlantic Treaty Organization | NATO
--  Organization for Security and Co-operation in Europe | OSCE
--  Council of Europe
--  European Court of Human Rights | ECHR
--  European Union | EU | E.U.
--  European Commission
--  European Parliament
--  Council of the European Union
--  European Council
--  Court of Justice of the European Union | European Court of Justice | ECJ | CJEU
--  European Central Bank | ECB
--  European Investment Bank | EIB
--  European Bank for Reconstruction and Development | EBRD
--  European Stability Mechanism
--  Eurogroup
--  Eurostat
--  Europol
--  Eurojust
--  Frontex
--  European Medicines Agency | EMA
--  European Food Safety Authority | EFSA
--  European Space Agency | ESA
--  European Environment Agency
--  European Banking Authority
--  European Securities and Markets Authority | ESMA
--  European Defence Agency
--  European External Action Service | EEAS
--  European Free Trade Association | EFTA
--  European Organization for Nuclear Research | CERN
--  African Union | AU Commission | African Union Commission
--  African Development Bank | AfDB
--  Economic Community of West African States | ECOWAS
--  Southern African Development Community | SADC
--  East African Community | EAC
--  Intergovernmental Authority on Development | IGAD
--  Arab League | League of Arab States
--  Gulf Cooperation Council | GCC
--  Organisation of Islamic Cooperation | OIC | Organization of Islamic Cooperation
--  Association of Southeast Asian Nations | ASEAN
--  Asia-Pacific Economic Cooperation | APEC
--  Asian Development Bank | ADB
--  Asian Infrastructure Investment Bank | AIIB
--  New Development Bank | BRICS bank
--  Shanghai Cooperation Organisation | SCO
--  South Asian Association for Regional Cooperation | SAARC
--  Collective Security Treaty Organization | CSTO
--  Eurasian Economic Union
--  Commonwealth of Independent States | CIS
--  Commonwealth of Nations | Commonwealth Secretariat
--  Organization of American States | OAS
--  Inter-American Development Bank | IDB
--  Mercosur | Mercosul
--  Andean Community
--  Caribbean Community | CARICOM
--  Pacific Islands Forum
--  Community of Latin American and Caribbean States | CELAC
--  Nordic Council
--  Benelux Union
--  Visegrád Group
--  Group of Seven | G7 | G-7
--  Group of Twenty | G20 | G-20
--  BRICS
--  Non-Aligned Movement
--  International Committee of the Red Cross | ICRC
--  International Federation of Red Cross and Red Crescent Societies | IFRC
--  International Olympic Committee | IOC
--  International Paralympic Committee
--  World Anti-Doping Agency | WADA
--  Court of Arbitration for Sport | CAS
--  International Seabed Authority
--  International Hydrographic Organization
--  Global Fund to Fight AIDS, Tuberculosis and Malaria | Global Fund
--  Gavi, the Vaccine Alliance | Gavi
--  Coalition for Epidemic Preparedness Innovations | CEPI
--  International Union for Conservation of Nature | IUCN
--  International Energy Forum
--  International Grains Council
--  Islamic Development Bank
--  Arab Monetary Fund
--  OPEC Fund for International Development
--  Bank of Central African States
--  Central Bank of West African States | BCEAO
--  Eastern Caribbean Central Bank
"""

HAND["government"] = """
GB Bank of England | BoE
US Federal Reserve | Federal Reserve Board | Federal Reserve System | US Federal Reserve
US Federal Reserve Bank of New York | New York Fed
US Federal Reserve Bank of San Francisco | San Francisco Fed
US Federal Reserve Bank of Chicago | Chicago Fed
US Federal Reserve Bank of Atlanta | Atlanta Fed
US Federal Reserve Bank of Dallas | Dallas Fed
US Federal Reserve Bank of Boston | Boston Fed
US Federal Reserve Bank of St. Louis | St. Louis Fed
US Federal Reserve Bank of Minneapolis | Minneapolis Fed
US Federal Reserve Bank of Philadelphia | Philadelphia Fed
US Federal Reserve Bank of Cleveland | Cleveland Fed
US Federal Reserve Bank of Richmond | Richmond Fed
US Federal Reserve Bank of Kansas City | Kansas City Fed
JP Bank of Japan | BoJ | BOJ
CA Bank of Canada
AU Reserve Bank of Australia | RBA
NZ Reserve Bank of New Zealand | RBNZ
IN Reserve Bank of India | RBI
PK State Bank of Pakistan | SBP
BD Bangladesh Bank
LK Central Bank of Sri Lanka
NP Nepal Rastra Bank
CN People's Bank of China | PBOC | PBoC
HK Hong Kong Monetary Authority | HKMA
TW Central Bank of the Republic of China | Taiwan central bank
KR Bank of Korea | BOK
SG Monetary Authority of Singapore | MAS
MY Bank Negara Malaysia
ID Bank Indonesia
TH Bank of Thailand
PH Bangko Sentral ng Pilipinas | BSP
VN State Bank of Vietnam
CH Swiss National Bank | SNB
SE Sveriges Riksbank | Riksbank
NO Norges Bank
DK Danmarks Nationalbank
IS Central Bank of Iceland
DE Deutsche Bundesbank | Bundesbank
FR Banque de France | Bank of France
IT Bank of Italy | Banca d'Italia
ES Bank of Spain | Banco de España
PT Bank of Portugal | Banco de Portugal
NL De Nederlandsche Bank | Dutch central bank
BE National Bank of Belgium
AT Oesterreichische Nationalbank
IE Central Bank of Ireland
GR Bank of Greece
FI Bank of Finland
PL National Bank of Poland | NBP
CZ Czech National Bank | CNB
HU Hungarian National Bank | Magyar Nemzeti Bank
RO National Bank of Romania
UA National Bank of Ukraine
RU Central Bank of Russia | Bank of Russia
TR Central Bank of the Republic of Turkey | Turkish central bank | CBRT
IL Bank of Israel
SA Saudi Central Bank | Saudi Arabian Monetary Authority | SAMA
AE Central Bank of the UAE
QA Qatar Central Bank
KW Central Bank of Kuwait
EG Central Bank of Egypt
IR Central Bank of Iran
IQ Central Bank of Iraq
LB Banque du Liban | Central Bank of Lebanon
JO Central Bank of Jordan
MA Bank Al-Maghrib
NG Central Bank of Nigeria | CBN
ZA South African Reserve Bank | SARB
KE Central Bank of Kenya
GH Bank of Ghana
ET National Bank of Ethiopia
BR Central Bank of Brazil | Banco Central do Brasil
MX Bank of Mexico | Banxico | Banco de México
AR Central Bank of Argentina | Banco Central de la República Argentina | BCRA
CL Central Bank of Chile
CO Bank of the Republic | Banco de la República
PE Central Reserve Bank of Peru
US Pentagon | US Department of Defense | Department of Defense | Department of War
US US State Department | State Department | Department of State
US US Treasury | Treasury Department | US Treasury Department
US US Department of Justice | Justice Department | Department of Justice
US Department of Homeland Security | DHS
US White House
US Federal Bureau of Investigation | FBI
US Central Intelligence Agency | CIA
US National Security Agency | NSA
US Drug Enforcement Administration | DEA
US Immigration and Customs Enforcement
US US Customs and Border Protection | CBP | Customs and Border Protection
US US Secret Service | Secret Service
US Federal Emergency Management Agency | FEMA
US Environmental Protection Agency | EPA
US Food and Drug Administration | FDA
US Centers for Disease Control and Prevention | CDC
US National Institutes of Health | NIH
US National Aeronautics and Space Administration | NASA
US National Oceanic and Atmospheric Administration | NOAA
US National Hurricane Center
US National Weather Service
US US Geological Survey | USGS
US Securities and Exchange Commission | SEC
US Federal Trade Commission | FTC
US Federal Communications Commission | FCC
US Federal Aviation Administration | FAA
US National Transportation Safety Board | NTSB
US Internal Revenue Service | IRS
US US Census Bureau | Census Bureau
US Bureau of Labor Statistics
US US Agency for International Development | USAID
US US Army
US US Navy
US US Air Force
US US Marine Corps
US US Space Force
US US Coast Guard
US National Guard
US Joint Chiefs of Staff
US US Supreme Court
US US Congress
US US Senate
US US House of Representatives
US New York Police Department | NYPD | New York City Police Department
US Los Angeles Police Department | LAPD
US Chicago Police Department
US Philadelphia Police Department
US Houston Police Department
US Minneapolis Police Department
US Washington Metropolitan Police Department
US Los Angeles County Sheriff's Department
US Fire Department of New York | FDNY
GB Metropolitan Police | Metropolitan Police Service | Met Police | Scotland Yard
GB City of London Police
GB Greater Manchester Police
GB West Midlands Police
GB West Yorkshire Police
GB South Yorkshire Police
GB Merseyside Police
GB Thames Valley Police
GB Kent Police
GB Essex Police
GB Surrey Police
GB Sussex Police
GB Hampshire Constabulary
GB Avon and Somerset Police
GB Devon and Cornwall Police
GB Lancashire Police
GB Northumbria Police
GB Cheshire Police
GB Nottinghamshire Police
GB Leicestershire Police
GB Police Scotland
GB Police Service of Northern Ireland | PSNI
GB British Transport Police
GB National Crime Agency | NCA
GB MI5 | Security Service
GB MI6 | Secret Intelligence Service
GB GCHQ
GB Crown Prosecution Service | CPS
GB HM Revenue and Customs | HMRC
GB HM Treasury
GB Foreign Office | Foreign, Commonwealth and Development Office | FCDO
GB Home Office
GB Ministry of Defence | MoD
GB National Health Service | NHS
GB Office for National Statistics | ONS
GB Met Office
GB Financial Conduct Authority | FCA
GB Competition and Markets Authority | CMA
GB Ofcom
GB Ofgem
GB Ofsted
GB British Army
GB Royal Navy
GB Royal Air Force | RAF
GB UK Supreme Court
IE Garda Síochána | Gardaí | An Garda Síochána
CA Royal Canadian Mounted Police | RCMP | Mounties
CA Toronto Police Service
CA Ontario Provincial Police
CA Sûreté du Québec
CA Canadian Security Intelligence Service | CSIS
AU Australian Federal Police
AU New South Wales Police | NSW Police
AU Victoria Police
AU Queensland Police
AU Australian Security Intelligence Organisation | ASIO
NZ New Zealand Police
AE Dubai Police
AE Abu Dhabi Police
SA Saudi Arabian National Guard
QA Qatar Investment Authority | QIA
SA Public Investment Fund | PIF
AE Abu Dhabi Investment Authority | ADIA
NO Government Pension Fund Global
IN Mumbai Police
IN Delhi Police
IN Kolkata Police
IN Central Bureau of Investigation | CBI
IN National Investigation Agency | NIA
IN Enforcement Directorate
IN Research and Analysis Wing | RAW
IN Indian Space Research Organisation | ISRO
IN Election Commission of India
IN Securities and Exchange Board of India | SEBI
IN Indian Army
IN Indian Air Force
IN Indian Navy
IN Supreme Court of India
IN Central Reserve Police Force | CRPF
IN Border Security Force | BSF
PK Inter-Services Intelligence | ISI
PK Inter-Services Public Relations | ISPR
PK Federal Investigation Agency | FIA
PK National Accountability Bureau | NAB
PK Election Commission of Pakistan | ECP
PK Pakistan Army
PK Pakistan Air Force | PAF
PK Pakistan Navy
PK Supreme Court of Pakistan
PK Islamabad Police
PK Karachi Police
PK Lahore Police
PK Punjab Police
PK Sindh Police
PK Counter Terrorism Department | CTD
PK Pakistan Telecommunication Authority | PTA
RU Federal Security Service | FSB
RU Foreign Intelligence Service of Russia | SVR
RU GRU
RU Wagner Group | Wagner mercenary group
RU Kremlin
RU Russian Defence Ministry | Russian Ministry of Defence
RU Roscosmos
UA Security Service of Ukraine | SBU
UA Armed Forces of Ukraine
UA Ukrainian Ministry of Defence
IL Israel Defense Forces | IDF
IL Mossad
IL Shin Bet
IL Israel Police
IR Islamic Revolutionary Guard Corps | IRGC | Revolutionary Guards
IR Quds Force
CN People's Liberation Army | PLA
CN Ministry of State Security
CN Cyberspace Administration of China
CN National Bureau of Statistics of China
CN China Securities Regulatory Commission | CSRC
JP Japan Self-Defense Forces
JP Japan Meteorological Agency
JP Japan Aerospace Exploration Agency | JAXA
KR Korean National Police Agency
KR National Intelligence Service
TR Turkish Armed Forces
TR National Intelligence Organization
EG Egyptian Armed Forces
IQ Iraqi Security Forces
DE Bundeswehr
DE Federal Criminal Police Office | BKA
DE Federal Office for the Protection of the Constitution | BfV
FR Élysée Palace | Élysée
FR Gendarmerie | Gendarmerie nationale
FR Paris Police Prefecture
FR DGSE
FR Quai d'Orsay
ES Guardia Civil
ES Mossos d'Esquadra
IT Carabinieri
IT Guardia di Finanza
NL Royal Netherlands Marechaussee
BR Federal Police of Brazil
ZA South African Police Service | SAPS
NG Nigeria Police Force
NG Economic and Financial Crimes Commission | EFCC
NG Nigerian Army
KE Kenya Police Service
KE Kenya Defence Forces
"""

HAND["club"] = """
GB Arsenal FC | Arsenal Football Club | Gunners
GB Aston Villa
GB AFC Bournemouth | Bournemouth FC
GB Brentford FC
GB Brighton & Hove Albion | Brighton and Hove Albion
GB Burnley FC
GB Chelsea FC | Chelsea Football Club
GB Crystal Palace
GB Everton FC
GB Fulham FC
GB Leeds United | Leeds Utd
GB Liverpool FC | Liverpool Football Club
GB Manchester City | Man City | Manchester City FC
GB Manchester United | Man Utd | Man United | Manchester United FC
GB Newcastle United | Newcastle Utd
GB Nottingham Forest | Nottm Forest
GB Sunderland AFC
GB Tottenham Hotspur | Spurs
GB West Ham United | West Ham
GB Wolverhampton Wanderers | Wolves
GB Leicester City
GB Ipswich Town
GB Southampton FC
GB Birmingham City
GB Blackburn Rovers
GB Bristol City FC | Bristol City
GB Charlton Athletic
GB Coventry City
GB Derby County
GB Hull City
GB Middlesbrough FC | Boro
GB Millwall FC
GB Norwich City
GB Oxford United
GB Portsmouth FC | Pompey
GB Preston North End
GB Queens Park Rangers | QPR
GB Sheffield United | Sheffield Utd
GB Sheffield Wednesday
GB Stoke City
GB Swansea City
GB Watford FC
GB West Bromwich Albion | West Brom
GB Wrexham AFC
GB Cardiff City
GB Luton Town
GB Plymouth Argyle
GB Huddersfield Town
GB Reading FC
GB Bolton Wanderers
GB Wigan Athletic
GB Barnsley FC
GB Rotherham United
GB Peterborough United
GB Blackpool FC
GB Celtic FC | Glasgow Celtic | Celtic Football Club
GB Rangers FC | Glasgow Rangers
GB Aberdeen FC
GB Heart of Midlothian | Hearts FC
GB Hibernian FC | Hibernian
GB Dundee United
GB Dundee FC
GB Kilmarnock FC
GB Motherwell FC
GB St Mirren
GB St Johnstone
GB Ross County
GB Livingston FC
GB Falkirk FC
ES Real Madrid | Real Madrid CF
ES FC Barcelona | Barça | Barca
ES Atlético Madrid | Atletico Madrid | Atlético de Madrid | Atleti
ES Athletic Bilbao | Athletic Club
ES Real Sociedad
ES Real Betis | Betis
ES Sevilla FC
ES Villarreal CF
ES Valencia CF
ES Celta Vigo | RC Celta
ES CA Osasuna | Osasuna
ES Getafe CF
ES Rayo Vallecano
ES RCD Mallorca
ES Girona FC
ES Deportivo Alavés | Alavés
ES Espanyol | RCD Espanyol
ES Levante UD
ES Elche CF
ES Real Oviedo
ES UD Las Palmas
ES CD Leganés | Leganés
ES Real Valladolid
ES Deportivo La Coruña | Deportivo
ES Real Zaragoza
ES Málaga CF
IT Juventus | Juventus FC | Juve
IT Inter Milan | Internazionale | FC Internazionale Milano
IT AC Milan
IT SSC Napoli
IT AS Roma
IT SS Lazio
IT Atalanta BC | Atalanta
IT ACF Fiorentina | Fiorentina
IT Torino FC
IT Bologna FC
IT Udinese Calcio | Udinese
IT Genoa CFC
IT US Lecce
IT Cagliari Calcio
IT Hellas Verona
IT Parma Calcio
IT Como 1907
IT US Sassuolo | Sassuolo
IT AC Pisa
IT US Cremonese | Cremonese
IT Empoli FC
IT Sampdoria | UC Sampdoria
IT Venezia FC
IT AC Monza
DE FC Bayern Munich | Bayern Munich | Bayern München | FC Bayern
DE Borussia Dortmund | BVB
DE Bayer 04 Leverkusen | Bayer Leverkusen
DE RB Leipzig
DE Eintracht Frankfurt
DE VfB Stuttgart
DE SC Freiburg
DE VfL Wolfsburg
DE Borussia Mönchengladbach | Gladbach
DE 1. FC Union Berlin | Union Berlin
DE Werder Bremen | SV Werder Bremen
DE TSG Hoffenheim | Hoffenheim
DE 1. FSV Mainz 05 | Mainz 05
DE FC Augsburg
DE 1. FC Heidenheim
DE FC St. Pauli
DE Hamburger SV | Hamburg SV | HSV
DE 1. FC Köln | FC Cologne
DE Hertha BSC | Hertha Berlin
DE FC Schalke 04 | Schalke 04 | Schalke
DE VfL Bochum
DE Holstein Kiel
DE Fortuna Düsseldorf
DE Hannover 96
DE 1. FC Nürnberg
FR Paris Saint-Germain | PSG | Paris St-Germain
FR Olympique de Marseille | Marseille FC | OM Marseille
FR Olympique Lyonnais | Lyon FC | OL
FR AS Monaco | Monaco FC
FR Lille OSC | LOSC Lille
FR OGC Nice
FR RC Lens
FR Stade Rennais | Rennes FC
FR RC Strasbourg
FR Stade Brestois | Brest FC
FR FC Nantes
FR Toulouse FC
FR AJ Auxerre
FR Angers SCO
FR Le Havre AC
FR FC Lorient
FR Paris FC
FR FC Metz
FR Stade de Reims
FR AS Saint-Étienne | Saint-Étienne FC
FR Montpellier HSC
FR Girondins de Bordeaux | Bordeaux FC
PT FC Porto | Porto FC
PT SL Benfica | Benfica
PT Sporting CP | Sporting Lisbon | Sporting Clube de Portugal
PT SC Braga | Sporting Braga
PT Vitória de Guimarães | Vitória SC
PT Boavista FC
PT Gil Vicente FC
PT Rio Ave FC
PT Moreirense FC
PT FC Famalicão
PT Casa Pia AC
PT Estoril Praia
PT CD Santa Clara
PT CD Nacional
PT Estrela da Amadora
PT FC Arouca
PT CF Estrela
PT AVS Futebol SAD
NL AFC Ajax | Ajax Amsterdam
NL PSV Eindhoven | PSV
NL Feyenoord | Feyenoord Rotterdam
NL AZ Alkmaar
NL FC Twente
NL FC Utrecht
NL SC Heerenveen
NL Sparta Rotterdam
NL NEC Nijmegen
NL Go Ahead Eagles
NL FC Groningen
NL Fortuna Sittard
NL PEC Zwolle
NL Heracles Almelo
NL NAC Breda
NL Willem II
NL Excelsior Rotterdam
NL Telstar
NL FC Volendam
NL Vitesse Arnhem | Vitesse
TR Galatasaray | Galatasaray SK
TR Fenerbahçe | Fenerbahce
TR Beşiktaş | Besiktas | Beşiktaş JK
TR Trabzonspor
TR İstanbul Başakşehir | Basaksehir
TR Samsunspor
TR Göztepe
TR Eyüpspor
TR Kasımpaşa
TR Kayserispor
TR Konyaspor
TR Alanyaspor
TR Antalyaspor
TR Gaziantep FK
TR Rizespor | Çaykur Rizespor
TR Kocaelispor
TR Gençlerbirliği
TR Fatih Karagümrük
TR Sivasspor
BE Club Brugge | Club Bruges
BE RSC Anderlecht | Anderlecht
BE Standard Liège
BE KRC Genk
BE Royal Antwerp FC
BE Union Saint-Gilloise
BE KAA Gent
GR Olympiacos | Olympiakos
GR Panathinaikos
GR AEK Athens
GR PAOK
RU Spartak Moscow
RU CSKA Moscow
RU Zenit Saint Petersburg | Zenit St Petersburg
RU Lokomotiv Moscow
RU Dynamo Moscow
UA Shakhtar Donetsk
UA Dynamo Kyiv | Dynamo Kiev
AT Red Bull Salzburg | RB Salzburg
AT Rapid Vienna | SK Rapid Wien
AT Sturm Graz
CH FC Basel
CH Young Boys | BSC Young Boys
CH FC Zürich
CZ Sparta Prague
CZ Slavia Prague
CZ Viktoria Plzeň
HR Dinamo Zagreb
HR Hajduk Split
RS Red Star Belgrade | Crvena zvezda
RS Partizan Belgrade
DK FC Copenhagen | FC København
DK Brøndby IF
NO Bodø/Glimt
NO Rosenborg BK
SE Malmö FF
SE AIK Stockholm
SE Djurgårdens IF
PL Legia Warsaw
HU Ferencváros
RO FCSB | Steaua Bucharest
CY APOEL Nicosia
IL Maccabi Tel Aviv
IL Maccabi Haifa
IL Hapoel Tel Aviv
IL Hapoel Be'er Sheva
AR Boca Juniors
AR River Plate | CA River Plate
AR Racing Club
AR Independiente | CA Independiente
AR San Lorenzo de Almagro
AR Estudiantes de La Plata
AR Vélez Sarsfield
BR CR Flamengo | Flamengo
BR Palmeiras | SE Palmeiras
BR Corinthians | SC Corinthians Paulista
BR São Paulo FC
BR Santos FC
BR Fluminense
BR Vasco da Gama | CR Vasco da Gama
BR Botafogo
BR Grêmio
BR Internacional | SC Internacional
BR Atlético Mineiro
BR Cruzeiro EC | Cruzeiro
UY Peñarol
UY Club Nacional de Football
CL Colo-Colo
MX Club América
MX Chivas Guadalajara | CD Guadalajara
MX Cruz Azul
MX UANL Tigres | Tigres UANL
MX CF Monterrey | Rayados
US Inter Miami CF | Inter Miami
US LA Galaxy | Los Angeles Galaxy
US Los Angeles FC | LAFC
US Seattle Sounders FC | Seattle Sounders
US New York City FC | NYCFC
US New York Red Bulls
US Atlanta United FC | Atlanta United
US Toronto FC
SA Al-Hilal | Al Hilal
SA Al-Nassr | Al Nassr
SA Al-Ittihad | Al Ittihad
SA Al-Ahli Saudi | Al-Ahli Jeddah
EG Al Ahly | Al-Ahly
EG Zamalek SC | Zamalek
ZA Kaizer Chiefs
ZA Orlando Pirates
ZA Mamelodi Sundowns
MA Wydad Casablanca | Wydad AC
MA Raja Casablanca
TN Espérance de Tunis
JP Urawa Red Diamonds
JP Kashima Antlers
QA Al-Sadd SC | Al Sadd
AE Al Ain FC
IN Mohun Bagan | Mohun Bagan Super Giant
IN East Bengal FC | East Bengal
IN Kerala Blasters
US Los Angeles Lakers | LA Lakers | Lakers
US Los Angeles Clippers | LA Clippers
US Golden State Warriors
US Boston Celtics | Celtics
US New York Knicks | Knicks
US Brooklyn Nets
US Philadelphia 76ers | 76ers | Sixers
US Toronto Raptors
US Chicago Bulls
US Cleveland Cavaliers
US Detroit Pistons
US Indiana Pacers
US Milwaukee Bucks
US Atlanta Hawks
US Charlotte Hornets
US Miami Heat
US Orlando Magic
US Washington Wizards
US Denver Nuggets
US Minnesota Timberwolves
US Oklahoma City Thunder
US Portland Trail Blazers | Trail Blazers
US Utah Jazz
US Dallas Mavericks
US Houston Rockets
US Memphis Grizzlies
US New Orleans Pelicans
US San Antonio Spurs
US Phoenix Suns
US Sacramento Kings
US Arizona Cardinals
US Atlanta Falcons
US Baltimore Ravens
US Buffalo Bills
US Carolina Panthers
US Chicago Bears
US Cincinnati Bengals
US Cleveland Browns
US Dallas Cowboys
US Denver Broncos
US Detroit Lions
US Green Bay Packers
US Houston Texans
US Indianapolis Colts
US Jacksonville Jaguars
US Kansas City Chiefs
US Las Vegas Raiders
US Los Angeles Chargers
US Los Angeles Rams
US Miami Dolphins
US Minnesota Vikings
US New England Patriots
US New Orleans Saints
US New York Giants
US New York Jets
US Philadelphia Eagles
US Pittsburgh Steelers | Steelers
US San Francisco 49ers | 49ers | Niners
US Seattle Seahawks | Seahawks
US Tampa Bay Buccaneers
US Tennessee Titans
US Washington Commanders
US Arizona Diamondbacks
US Atlanta Braves
US Baltimore Orioles
US Boston Red Sox | Red Sox
US Chicago Cubs
US Chicago White Sox | White Sox
US Cincinnati Reds
US Cleveland Guardians
US Colorado Rockies
US Detroit Tigers
US Houston Astros | Astros
US Kansas City Royals
US Los Angeles Angels
US Los Angeles Dodgers | LA Dodgers | Dodgers
US Miami Marlins
US Milwaukee Brewers
US Minnesota Twins
US New York Mets | Mets
US New York Yankees | Yankees
US Oakland Athletics | Athletics baseball
US Philadelphia Phillies | Phillies
US Pittsburgh Pirates
US San Diego Padres
US San Francisco Giants
US Seattle Mariners
US St. Louis Cardinals
US Tampa Bay Rays
US Texas Rangers
US Toronto Blue Jays
US Washington Nationals
US Anaheim Ducks
US Boston Bruins | Bruins
US Buffalo Sabres
US Calgary Flames
US Carolina Hurricanes
US Chicago Blackhawks | Blackhawks
US Colorado Avalanche
US Columbus Blue Jackets
US Dallas Stars
US Detroit Red Wings | Red Wings
US Edmonton Oilers | Oilers
US Florida Panthers
US Los Angeles Kings
US Minnesota Wild
US Montreal Canadiens | Canadiens | Habs
US Nashville Predators
US New Jersey Devils
US New York Islanders
US New York Rangers
US Ottawa Senators
US Philadelphia Flyers
US Pittsburgh Penguins
US San Jose Sharks
US Seattle Kraken
US St. Louis Blues
US Tampa Bay Lightning
US Toronto Maple Leafs | Maple Leafs
US Utah Mammoth
US Vancouver Canucks
US Vegas Golden Knights
US Washington Capitals
US Winnipeg Jets
IN Mumbai Indians
IN Chennai Super Kings | CSK
IN Royal Challengers Bengaluru | Royal Challengers Bangalore | RCB
IN Kolkata Knight Riders | KKR
IN Delhi Capitals
IN Rajasthan Royals
IN Sunrisers Hyderabad
IN Punjab Kings
IN Lucknow Super Giants
IN Gujarat Titans
PK Karachi Kings
PK Lahore Qalandars
PK Islamabad United
PK Peshawar Zalmi
PK Quetta Gladiators
PK Multan Sultans
AU Sydney Sixers
AU Sydney Thunder
AU Melbourne Stars
AU Melbourne Renegades
AU Perth Scorchers
AU Brisbane Heat
AU Adelaide Strikers
AU Hobart Hurricanes
GB Yorkshire County Cricket Club
GB Surrey County Cricket Club
GB Lancashire County Cricket Club
GB Bath Rugby
GB Bristol Bears
GB Exeter Chiefs
GB Gloucester Rugby
GB Harlequins
GB Leicester Tigers
GB Newcastle Red Bulls | Newcastle Falcons
GB Northampton Saints
GB Sale Sharks
GB Saracens | Saracens FC
GB Leinster Rugby
GB Munster Rugby
GB Ulster Rugby
GB Connacht Rugby
GB Glasgow Warriors
GB Edinburgh Rugby
GB Cardiff Rugby
GB Ospreys
GB Scarlets
GB Dragons RFC
FR Stade Toulousain
FR Stade Français
FR Racing 92
FR ASM Clermont Auvergne
FR RC Toulon
FR Union Bordeaux Bègles
FR Stade Rochelais
NZ Crusaders Rugby
AU NSW Waratahs | Waratahs
AU Queensland Reds
AU ACT Brumbies | Brumbies
AU Western Force
FJ Fijian Drua
ZA Stormers
ZA Vodacom Bulls
ZA Hollywoodbets Sharks
ZA Emirates Lions
"""

HAND["university"] = """
GB University of Oxford | Oxford University
GB University of Cambridge | Cambridge University
GB Imperial College London | Imperial College
GB University College London | UCL
GB London School of Economics | LSE
GB King's College London
GB University of Edinburgh | Edinburgh University
GB University of Glasgow | Glasgow University
GB University of Manchester | Manchester University
GB University of Birmingham | Birmingham University
GB University of Leeds | Leeds University
GB University of Sheffield | Sheffield University
GB University of Bristol | Bristol University
GB University of Warwick | Warwick University
GB Durham University
GB University of Nottingham | Nottingham University
GB University of Southampton | Southampton University
GB University of York | York University UK
GB University of Exeter | Exeter University
GB Newcastle University
GB University of Liverpool | Liverpool University
GB Cardiff University
GB Queen's University Belfast
GB University of St Andrews | St Andrews University
GB University of Aberdeen | Aberdeen University
GB University of Bath | Bath University
GB Lancaster University
GB Loughborough University
GB University of Sussex | Sussex University
GB University of Leicester | Leicester University
GB University of Kent
GB University of East Anglia | UEA
GB University of Reading | Reading University
GB Queen Mary University of London
GB SOAS University of London | SOAS
GB Open University
GB Oxford Brookes University
GB Manchester Metropolitan University
GB Sheffield Hallam University
GB University of Strathclyde
GB Swansea University
GB Goldsmiths, University of London | Goldsmiths
IE Trinity College Dublin
IE University College Dublin
US Harvard University | Harvard
US Yale University | Yale
US Princeton University | Princeton
US Columbia University
US Stanford University | Stanford
US Massachusetts Institute of Technology | MIT
US California Institute of Technology | Caltech
US University of Chicago
US University of Pennsylvania | UPenn
US Cornell University
US Brown University
US Dartmouth College
US Duke University
US Johns Hopkins University
US Northwestern University
US Georgetown University
US New York University | NYU
US Boston University
US Boston College
US Tufts University
US Carnegie Mellon University
US Rice University
US Vanderbilt University
US Emory University
US University of Notre Dame | Notre Dame University
US University of California, Berkeley | UC Berkeley
US University of California, Los Angeles | UCLA
US University of California, San Diego | UC San Diego | UCSD
US University of California, San Francisco | UCSF
US University of California, Davis | UC Davis
US University of California, Irvine | UC Irvine
US University of Southern California | USC
US University of Michigan
US University of Virginia
US University of North Carolina at Chapel Hill | UNC Chapel Hill
US University of Texas at Austin | UT Austin
US University of Washington
US University of Wisconsin–Madison
US University of Illinois Urbana-Champaign
US University of Minnesota
US University of Florida
US University of Miami
US University of Maryland
US University of Pittsburgh
US University of Colorado Boulder
US University of Arizona
US University of Oregon
US Ohio State University
US Penn State University | Pennsylvania State University
US Michigan State University
US Arizona State University
US Florida State University
US Texas A&M University | Texas A&M
US Purdue University
US Indiana University
US Rutgers University
US Georgia Institute of Technology | Georgia Tech
US Virginia Tech
US George Washington University
US American University
US Howard University
US Brandeis University
US Syracuse University
US Baylor University
US Tulane University
US Clemson University
US University of Alabama
US Louisiana State University | LSU
US University of Kentucky
US University of Kansas
US Iowa State University
US University of Iowa
US Washington University in St. Louis
US Case Western Reserve University
US City University of New York | CUNY
US State University of New York | SUNY
CA University of Toronto
CA McGill University
CA University of British Columbia | UBC
CA University of Alberta
CA McMaster University
CA University of Waterloo
CA University of Ottawa
CA Université de Montréal
CA Queen's University
CA York University
CA University of Calgary
CA Western University
AU University of Sydney | Sydney University
AU University of Melbourne | Melbourne University
AU Australian National University | ANU
AU University of Queensland
AU Monash University
AU University of New South Wales | UNSW
AU University of Western Australia
AU University of Adelaide
NZ University of Auckland
NZ Victoria University of Wellington
NZ University of Otago
IN Indian Institute of Technology Bombay | IIT Bombay
IN Indian Institute of Technology Delhi | IIT Delhi
IN Indian Institute of Technology Madras | IIT Madras
IN Indian Institute of Technology Kanpur | IIT Kanpur
IN Indian Institute of Technology Kharagpur | IIT Kharagpur
IN Indian Institute of Science | IISc
IN Indian Institute of Management Ahmedabad | IIM Ahmedabad
IN University of Delhi | Delhi University
IN Jawaharlal Nehru University | JNU
IN Jamia Millia Islamia
IN Aligarh Muslim University | AMU
IN Banaras Hindu University | BHU
IN University of Mumbai | Mumbai University
IN University of Calcutta | Calcutta University
IN Jadavpur University
IN University of Hyderabad
IN Anna University
PK University of the Punjab | Punjab University
PK Quaid-i-Azam University
PK Lahore University of Management Sciences | LUMS
PK University of Karachi | Karachi University
PK Aga Khan University
PK National University of Sciences and Technology | NUST
PK University of Peshawar | Peshawar University
PK Government College University Lahore | GCU Lahore
PK COMSATS University Islamabad | COMSATS
PK Allama Iqbal Open University
PK Institute of Business Administration Karachi | IBA Karachi
BD University of Dhaka | Dhaka University
LK University of Colombo
NP Tribhuvan University
AF Kabul University
CN Tsinghua University
CN Peking University
CN Fudan University
CN Shanghai Jiao Tong University
CN Zhejiang University
CN Wuhan University
CN Nanjing University
CN Renmin University of China
HK University of Hong Kong | HKU
HK Chinese University of Hong Kong | CUHK
HK Hong Kong University of Science and Technology | HKUST
HK City University of Hong Kong
HK Hong Kong Polytechnic University | PolyU
TW National Taiwan University
JP University of Tokyo | Tokyo University
JP Kyoto University
JP Osaka University
JP Tohoku University
JP Waseda University
JP Keio University
KR Seoul National University
KR Korea University
KR Yonsei University
KR KAIST | Korea Advanced Institute of Science and Technology
SG National University of Singapore | NUS
SG Nanyang Technological University | NTU Singapore
MY University of Malaya
ID University of Indonesia
TH Chulalongkorn University
PH University of the Philippines
IL Hebrew University of Jerusalem | Hebrew University
IL Tel Aviv University
IL Technion – Israel Institute of Technology | Technion
IL Weizmann Institute of Science
LB American University of Beirut | AUB
EG American University in Cairo | AUC
EG Cairo University
EG Al-Azhar University | Al-Azhar
SA King Abdullah University of Science and Technology | KAUST
SA King Saud University
AE United Arab Emirates University
AE Khalifa University
QA Qatar University
TR Istanbul University
TR Boğaziçi University | Bogazici University
TR Middle East Technical University | METU
IR University of Tehran | Tehran University
IR Sharif University of Technology
DE Heidelberg University | University of Heidelberg
DE Ludwig Maximilian University of Munich | LMU Munich
DE Technical University of Munich | TU Munich
DE Humboldt University of Berlin | Humboldt University
DE Free University of Berlin
DE University of Göttingen
DE University of Bonn
DE University of Freiburg
DE University of Tübingen
DE RWTH Aachen University | RWTH Aachen
FR Sorbonne University | Sorbonne
FR Sciences Po
FR École Polytechnique
FR École normale supérieure | ENS Paris
FR Paris-Saclay University | Université Paris-Saclay
FR PSL University
FR HEC Paris
FR INSEAD
CH ETH Zurich | ETH Zürich
CH EPFL | École Polytechnique Fédérale de Lausanne
CH University of Zurich
CH University of Geneva
NL University of Amsterdam
NL Leiden University
NL Utrecht University
NL Delft University of Technology | TU Delft
NL Erasmus University Rotterdam
BE KU Leuven
BE Ghent University
SE Karolinska Institute | Karolinska Institutet
SE Uppsala University
SE Lund University
SE Stockholm University
DK University of Copenhagen
NO University of Oslo
FI University of Helsinki
IT University of Bologna
IT Sapienza University of Rome | Sapienza
IT Bocconi University | Bocconi
IT University of Milan
IT Polytechnic University of Milan | Politecnico di Milano
ES University of Barcelona
ES Complutense University of Madrid
ES University of Salamanca
PT University of Lisbon
PT University of Coimbra
AT University of Vienna
PL University of Warsaw
PL Jagiellonian University
CZ Charles University
HU Central European University | CEU
GR National and Kapodistrian University of Athens | University of Athens
RU Moscow State University | Lomonosov Moscow State University | MSU
RU Saint Petersburg State University
RU Higher School of Economics | HSE University
RU MGIMO
UA Taras Shevchenko National University of Kyiv | Kyiv University
ZA University of Cape Town | UCT
ZA University of the Witwatersrand | Wits University
ZA University of Johannesburg
ZA Stellenbosch University
ZA University of Pretoria
NG University of Lagos
NG University of Ibadan
KE University of Nairobi
UG Makerere University
GH University of Ghana
ET Addis Ababa University
BR University of São Paulo | USP
BR Federal University of Rio de Janeiro | UFRJ
BR University of Campinas | Unicamp
AR University of Buenos Aires | UBA
MX National Autonomous University of Mexico | UNAM
CL Pontifical Catholic University of Chile
CO National University of Colombia
"""

HAND["party"] = """
US Democratic Party | Democratic National Committee | DNC
US Republican Party | GOP | Republican National Committee | RNC
GB Labour Party | UK Labour
GB Conservative Party | Conservative and Unionist Party | Tory party
GB Liberal Democrats | Lib Dems
GB Scottish National Party | SNP
GB Reform UK
GB Green Party of England and Wales
GB Plaid Cymru
GB Democratic Unionist Party | DUP
GB Sinn Féin | Sinn Fein
GB Social Democratic and Labour Party | SDLP
GB Ulster Unionist Party | UUP
GB Alliance Party of Northern Ireland
GB UK Independence Party | UKIP
IE Fianna Fáil | Fianna Fail
IE Fine Gael
IE Irish Labour Party
CA Liberal Party of Canada
CA Conservative Party of Canada
CA New Democratic Party | NDP
CA Bloc Québécois
AU Australian Labor Party | ALP
AU Liberal Party of Australia
AU National Party of Australia
AU Australian Greens
AU One Nation | Pauline Hanson's One Nation
NZ New Zealand Labour Party | NZ Labour
NZ New Zealand National Party
NZ New Zealand First | NZ First
NZ ACT New Zealand
IN Bharatiya Janata Party | BJP
IN Indian National Congress | Congress party
IN Aam Aadmi Party | AAP
IN Trinamool Congress | All India Trinamool Congress | TMC
IN Samajwadi Party
IN Bahujan Samaj Party
IN Communist Party of India (Marxist) | CPI(M)
IN Dravida Munnetra Kazhagam | DMK
IN All India Anna Dravida Munnetra Kazhagam | AIADMK
IN Shiv Sena
IN Nationalist Congress Party | NCP
IN Rashtriya Janata Dal | RJD
IN Janata Dal (United) | JD(U)
IN Telugu Desam Party | TDP
IN Biju Janata Dal | BJD
IN Rashtriya Swayamsevak Sangh | RSS
IN National Democratic Alliance | NDA
PK Pakistan Tehreek-e-Insaf | Pakistan Tehreek-i-Insaf
PK Pakistan Muslim League (N) | PML-N | Pakistan Muslim League-Nawaz
PK Pakistan Peoples Party | PPP | Pakistan People's Party
PK Muttahida Qaumi Movement | MQM | MQM-P
PK Jamiat Ulema-e-Islam (F) | JUI-F | Jamiat Ulema-e-Islam
PK Jamaat-e-Islami Pakistan | Jamaat-e-Islami
PK Awami National Party | ANP
PK Balochistan Awami Party | BAP
PK Pakistan Muslim League (Q) | PML-Q
PK Tehreek-e-Labbaik Pakistan | TLP
PK Istehkam-e-Pakistan Party | IPP
BD Awami League | Bangladesh Awami League
BD Bangladesh Nationalist Party | BNP
LK Sri Lanka Podujana Peramuna | SLPP
LK National People's Power | NPP Sri Lanka
NP Nepali Congress
DE Christian Democratic Union | CDU
DE Christian Social Union | CSU
DE Social Democratic Party of Germany | SPD
DE Alliance 90/The Greens | German Greens
DE Free Democratic Party | FDP
DE Alternative for Germany | AfD | Alternative für Deutschland
DE Die Linke
DE Sahra Wagenknecht Alliance | BSW
FR Renaissance party | La République En Marche | LREM
FR National Rally | Rassemblement National | Front National | National Front
FR La France Insoumise | LFI | France Unbowed
FR The Republicans party | Les Républicains
FR French Socialist Party | Parti Socialiste
FR Europe Ecology – The Greens | EELV
FR Reconquête
IT Brothers of Italy | Fratelli d'Italia
IT Lega | Northern League | Lega Nord
IT Forza Italia
IT Democratic Party of Italy | Partito Democratico
IT Five Star Movement | M5S
ES Spanish Socialist Workers' Party | PSOE
ES People's Party of Spain | Partido Popular
ES Vox political party
ES Sumar
ES Podemos
ES Together for Catalonia | Junts
ES Republican Left of Catalonia | ERC
ES Basque Nationalist Party | PNV
NL People's Party for Freedom and Democracy | VVD
NL Party for Freedom | PVV
NL GroenLinks–PvdA | GroenLinks | Dutch Labour Party | PvdA
NL Democrats 66 | D66
NL New Social Contract | NSC
NL Christian Democratic Appeal | CDA
NL Farmer–Citizen Movement | BBB
BE New Flemish Alliance | N-VA
BE Vlaams Belang
AT Freedom Party of Austria | FPÖ
AT Austrian People's Party | ÖVP
AT Social Democratic Party of Austria | SPÖ
CH Swiss People's Party | SVP
SE Swedish Social Democratic Party | Social Democrats Sweden
SE Sweden Democrats
SE Moderate Party | Moderaterna
NO Norwegian Labour Party
NO Progress Party Norway
DK Danish Social Democrats | Socialdemokratiet
FI Finns Party | True Finns
FI National Coalition Party
FI Social Democratic Party of Finland
PL Law and Justice | PiS
PL Civic Platform | Civic Coalition
PL Confederation Liberty and Independence | Konfederacja
HU Fidesz
HU Tisza Party
CZ ANO 2011
SK Smer
RO Social Democratic Party Romania | PSD Romania
RO Alliance for the Union of Romanians | AUR
GR New Democracy
GR Syriza
GR PASOK
PT Portuguese Socialist Party | Partido Socialista Portugal
PT Social Democratic Party Portugal | PSD Portugal
PT Chega
RU United Russia
RU Communist Party of the Russian Federation | CPRF
RU Liberal Democratic Party of Russia | LDPR
UA Servant of the People
TR Justice and Development Party | AKP | AK Party
TR Republican People's Party | CHP
TR Nationalist Movement Party | MHP
TR Peoples' Equality and Democracy Party | DEM Party
TR Good Party | İYİ Party
IL Likud
IL Yesh Atid
IL Shas
IL United Torah Judaism
IL National Unity party
IL Religious Zionist Party
IL Otzma Yehudit
IL Yisrael Beiteinu
IL Israeli Labor Party
PS Fatah
PS Hamas
LB Hezbollah
LB Amal Movement
LB Lebanese Forces
LB Free Patriotic Movement
EG Muslim Brotherhood
JP Liberal Democratic Party of Japan | LDP
JP Constitutional Democratic Party of Japan | CDP
JP Komeito
JP Japan Innovation Party | Nippon Ishin no Kai
JP Democratic Party for the People
JP Sanseito
KR People Power Party
KR Democratic Party of Korea
TW Democratic Progressive Party | DPP
TW Kuomintang | KMT
TW Taiwan People's Party
CN Chinese Communist Party | Communist Party of China | CCP | CPC
KP Workers' Party of Korea
VN Communist Party of Vietnam
MY United Malays National Organisation | UMNO
MY Pakatan Harapan
MY Perikatan Nasional
MY Parti Islam Se-Malaysia | PAS
SG People's Action Party | PAP
ID Indonesian Democratic Party of Struggle | PDI-P
ID Gerindra Party | Gerindra
ID Golkar
PH PDP–Laban
TH Pheu Thai Party | Pheu Thai
TH People's Party Thailand
TH Bhumjaithai Party
ZA African National Congress | ANC
ZA Democratic Alliance | DA
ZA Economic Freedom Fighters | EFF
ZA uMkhonto weSizwe party | MK Party
ZA Inkatha Freedom Party | IFP
NG All Progressives Congress | APC
NG Peoples Democratic Party | PDP
NG Labour Party Nigeria
KE United Democratic Alliance | UDA
KE Orange Democratic Movement | ODM
ZW ZANU–PF | Zanu-PF
ZW Citizens Coalition for Change
UG National Resistance Movement | NRM
TZ Chama Cha Mapinduzi | CCM
ET Prosperity Party
BR Workers' Party | Partido dos Trabalhadores
BR Liberal Party Brazil | Partido Liberal
AR Justicialist Party | Peronist party
AR La Libertad Avanza
AR Republican Proposal
MX Morena | National Regeneration Movement
MX Institutional Revolutionary Party | PRI
MX National Action Party
VE United Socialist Party of Venezuela | PSUV
CO Historic Pact
CL Republican Party of Chile
"""

HAND["company"] = """
SA Saudi Aramco | Aramco
AE ADNOC | Abu Dhabi National Oil Company
QA QatarEnergy | Qatar Petroleum
KW Kuwait Petroleum Corporation
IR National Iranian Oil Company
BR Petrobras
MX Pemex | Petróleos Mexicanos
VE PDVSA | Petróleos de Venezuela
RU Rosatom
AE Mubadala
SG Temasek Holdings | Temasek
SG GIC Private Limited | GIC
US JPMorgan Chase | JPMorgan | JP Morgan | J.P. Morgan
US Goldman Sachs
US Morgan Stanley
US Citigroup | Citi | Citibank
US Bank of America | BofA
US Wells Fargo
US BlackRock
US Berkshire Hathaway
US Apple Inc. | Apple Inc
US Amazon.com | Amazon Inc | Amazon Web Services | AWS
US Google | Google LLC
US Alphabet Inc. | Alphabet Inc
US Meta Platforms | Meta Inc
US Facebook
US Instagram
US WhatsApp
US Microsoft | Microsoft Corp
US OpenAI
US Anthropic
US xAI
US SpaceX
US Tesla Inc. | Tesla Inc | Tesla Motors
US Nvidia | Nvidia Corp
US X Corp
US Twitter
US TikTok
US YouTube
US Netflix
US Uber Technologies
US Lyft
US Airbnb
US Palantir
US Starlink
US Delta Air Lines
US American Airlines
US United Airlines
US Southwest Airlines
US Alaska Airlines
US JetBlue
US Boeing | Boeing Co
US Lockheed Martin
US Northrop Grumman
US Raytheon | RTX Corporation
US General Electric | GE
US ExxonMobil | Exxon Mobil | Exxon
US Chevron | Chevron Corp
US Walmart
US Costco
US Target Corporation | Target Corp
US Ford Motor Company | Ford Motor | Ford Motor Co
US General Motors | GM
US Chrysler
US Johnson & Johnson | J&J
US Pfizer
US Moderna
US Coca-Cola Company | Coca-Cola | Coca Cola
US PepsiCo
US McDonald's
US Starbucks
US Walt Disney Company | Disney Company
US Warner Bros. Discovery | Warner Bros
US Paramount Global | Paramount Pictures
US Comcast
US Fox Corporation | Fox Corp
US News Corp | News Corporation
US Sinclair Broadcast Group
US Nasdaq Inc | Nasdaq
US New York Stock Exchange | NYSE
US Chicago Mercantile Exchange | CME
US S&P Global | Standard & Poor's
US Moody's | Moody's Investors Service
US Fitch Ratings | Fitch
US McKinsey & Company | McKinsey
US Boston Consulting Group | BCG
US Bain & Company
US Deloitte
US PricewaterhouseCoopers | PwC
US Ernst & Young | EY
US KPMG
US Koch Industries
US Cargill
US Mars Inc
US Bechtel
US Purdue Pharma
US Huawei Technologies USA
US Blackwater
US Halliburton
US Visa Inc. | Visa Inc
US Mastercard
US American Express | Amex
US PayPal
US Oracle Corporation | Oracle Corp
US Intel Corporation | Intel Corp
US IBM | International Business Machines
US Cisco Systems | Cisco
US Dell Technologies | Dell Inc
US HP Inc | Hewlett-Packard
US Qualcomm
US AMD | Advanced Micro Devices
US Salesforce
US Adobe Inc
US Zoom Video Communications
US Snap Inc
US Pinterest
US Reddit
US Spotify Technology
US Electronic Arts
US Activision Blizzard
US UnitedHealth Group | UnitedHealthcare
US CVS Health
US Walgreens
US Kroger
US Home Depot
US Procter & Gamble | P&G
US Nike Inc | Nike, Inc.
US Caterpillar Inc
US Deere & Company | John Deere
US 3M
US Dow Chemical | Dow Inc
US DuPont
US FedEx
US United Parcel Service | UPS
US AT&T
US Verizon
US T-Mobile US | T-Mobile
US Charter Communications
CA Royal Bank of Canada | RBC
CA Toronto-Dominion Bank | TD Bank
CA Bank of Montreal | BMO
CA Scotiabank | Bank of Nova Scotia
CA Canadian Imperial Bank of Commerce | CIBC
CA Shopify
CA Air Canada
CA Bombardier
CA Canadian National Railway | CN Rail
CA Canadian Pacific Kansas City | Canadian Pacific
CA Enbridge
CA Suncor Energy
CA Thomson Reuters
GB HSBC | HSBC Holdings
GB Barclays
GB Lloyds Banking Group | Lloyds Bank
GB NatWest Group | NatWest | Royal Bank of Scotland | RBS
GB Standard Chartered
GB Santander UK
GB Nationwide Building Society
GB Bank of Scotland
GB Halifax Building Society
GB Virgin Group
GB Virgin Atlantic
GB British Airways | BA
GB easyJet
GB BP | BP plc | British Petroleum
GB Shell plc | Royal Dutch Shell
GB Rolls-Royce | Rolls-Royce Holdings
GB BAE Systems
GB Vodafone
GB BT Group | British Telecom
GB GSK | GlaxoSmithKline
GB AstraZeneca
GB Unilever
GB Tesco
GB Sainsbury's | J Sainsbury
GB Marks & Spencer | M&S
GB Thames Water
GB Royal Mail
GB Network Rail
GB London Stock Exchange | LSE Group
GB Lloyd's of London | Lloyd's
GB Jaguar Land Rover | JLR
GB Aston Martin
GB Arm Holdings
GB Rio Tinto Group
GB Anglo American plc | Anglo American
GB Glencore
GB Diageo
GB Burberry
GB Sky Group | Sky UK
GB WPP plc | WPP
GB Deliveroo
GB Ocado
GB Wise plc
GB Revolut
GB Monzo
IE Ryanair
IE Aer Lingus
IE CRH
FR TotalEnergies | Total SA
FR BNP Paribas
FR Société Générale | SocGen
FR Crédit Agricole
FR AXA
FR LVMH | Louis Vuitton Moët Hennessy
FR L'Oréal
FR Airbus
FR Air France | Air France-KLM
FR Renault | Renault Group
FR Peugeot
FR Stellantis
FR Électricité de France | EDF
FR Engie
FR Orange SA | Orange Telecom
FR Sanofi
FR Danone
FR Carrefour
FR Michelin
FR Thales Group | Thales
FR Dassault Aviation
FR Naval Group
FR Safran
FR Vivendi
FR Kering
FR Hermès
FR Chanel
FR Saint-Gobain
FR Vinci SA | Vinci group
FR Bouygues
FR SNCF
FR Alstom
FR Areva | Orano
DE Deutsche Bank
DE Commerzbank
DE Allianz
DE Munich Re
DE Volkswagen | Volkswagen Group | VW
DE BMW
DE Mercedes-Benz | Mercedes-Benz Group | Daimler
DE Porsche | Porsche AG
DE Audi
DE Siemens
DE Bosch | Robert Bosch GmbH
DE BASF
DE Bayer AG
DE SAP
DE Lufthansa | Deutsche Lufthansa
DE Deutsche Bahn
DE Deutsche Telekom
DE Deutsche Post | DHL
DE Adidas
DE Rheinmetall
DE ThyssenKrupp
DE Uniper
DE RWE
DE E.ON
DE Wirecard
NL ING Group | ING
NL ABN AMRO
NL Rabobank
NL Philips | Royal Philips
NL Heineken
NL KLM | KLM Royal Dutch Airlines
NL ASML
NL Shell Netherlands
NL Booking.com
CH UBS
CH Credit Suisse
CH Nestlé
CH Novartis
CH Roche
CH Glencore International
CH Swiss International Air Lines | Swiss Air Lines
CH Zurich Insurance Group | Zurich Insurance
CH Swiss Re
CH ABB
IT UniCredit
IT Intesa Sanpaolo
IT Eni
IT Enel
IT Ferrari
IT Fiat
IT Leonardo SpA
IT Pirelli
IT ITA Airways
IT Telecom Italia | TIM
IT Generali | Assicurazioni Generali
ES Banco Santander | Santander
ES BBVA | Banco Bilbao Vizcaya Argentaria
ES CaixaBank
ES Telefónica
ES Iberdrola
ES Repsol
ES Inditex
ES Zara
ES Iberia airline
SE Volvo | Volvo Cars | Volvo Group
SE Ericsson
SE IKEA
SE H&M
SE Spotify
SE Saab
SE Scania
SE Vattenfall
FI Nokia
FI Finnair
NO Equinor
NO Norsk Hydro
NO Telenor
NO DNB Bank
DK Maersk | A.P. Moller-Maersk
DK Novo Nordisk
DK Carlsberg
DK Lego Group
DK Danske Bank
DK Ørsted
BE AB InBev | Anheuser-Busch InBev
BE Brussels Airlines
AT OMV
AT Raiffeisen Bank International
AT Erste Group
PL PKN Orlen | Orlen
CZ ČEZ Group
HU MOL Group
RU Gazprom
RU Rosneft
RU Lukoil
RU Novatek
RU Sberbank
RU VTB Bank | VTB
RU Gazprombank
RU Aeroflot
RU Rostec
RU Transneft
RU Nornickel | Norilsk Nickel
RU Yandex
RU Kaspersky Lab | Kaspersky
RU Alrosa
RU Rusal
RU Rosoboronexport
UA Naftogaz
UA Ukrenergo
UA Energoatom
UA Ukrzaliznytsia
UA PrivatBank
UA Ukraine International Airlines
TR Turkish Airlines | Türk Hava Yolları
TR Koç Holding
TR Sabancı Holding
TR Turkcell
TR Baykar
TR Pegasus Airlines
AE Etihad Airways | Etihad
AE flydubai
AE Air Arabia
AE Emaar Properties | Emaar
AE DP World
AE Emirates NBD
AE First Abu Dhabi Bank | FAB
AE Dubai Islamic Bank
AE Mashreq
AE Dubai Holding
AE Dubai World
AE G42
QA Qatar Airways
QA Qatar National Bank | QNB
QA beIN Media Group | beIN Sports
SA Saudi Basic Industries Corporation | SABIC
SA Saudia | Saudi Arabian Airlines
SA Riyadh Air
SA Al Rajhi Bank
SA Saudi National Bank
SA NEOM
SA Ma'aden
KW Kuwait Airways
KW Kuwait Finance House
BH Gulf Air
OM Oman Air
JO Royal Jordanian
EG EgyptAir
EG Commercial International Bank | CIB Egypt
EG Suez Canal Authority
MA Royal Air Maroc
MA OCP Group
ET Ethiopian Airlines
KE Kenya Airways
KE Safaricom
NG Dangote Group | Dangote Cement
NG Nigerian National Petroleum Company | NNPC
NG Zenith Bank
NG Access Bank
NG MTN Nigeria
ZA MTN Group | MTN
ZA Naspers
ZA Eskom
ZA Transnet
ZA Standard Bank
ZA Sasol
ZA South African Airways
ZA Anglo American Platinum
ZA Shoprite
IN Reliance Industries | Reliance Jio | Jio
IN Tata Group | Tata Sons
IN Tata Consultancy Services | TCS
IN Tata Motors
IN Tata Steel
IN Air India
IN Air India Express
IN IndiGo | InterGlobe Aviation
IN SpiceJet
IN Akasa Air
IN Infosys
IN Wipro
IN HCLTech | HCL Technologies
IN Adani Group | Adani Enterprises
IN Adani Ports
IN Mahindra & Mahindra | Mahindra Group
IN Maruti Suzuki
IN Bajaj Auto
IN Larsen & Toubro | L&T
IN Hindustan Unilever
IN ITC Limited
IN Vedanta Limited | Vedanta Resources
IN Oil and Natural Gas Corporation | ONGC
IN Indian Oil Corporation | IndianOil
IN Bharat Petroleum | BPCL
IN Coal India
IN NTPC
IN Bharti Airtel | Airtel
IN Vodafone Idea
IN State Bank of India | SBI
IN HDFC Bank
IN ICICI Bank
IN Axis Bank
IN Kotak Mahindra Bank
IN Punjab National Bank | PNB
IN Bank of Baroda
IN Life Insurance Corporation of India | LIC
IN Paytm
IN Flipkart
IN Zomato
IN Swiggy
IN Ola Cabs
IN Byju's
IN Indian Railways
IN Hindustan Aeronautics | HAL
IN Bharat Electronics
IN Sun Pharmaceutical | Sun Pharma
IN Dr. Reddy's Laboratories | Dr Reddy's
IN Serum Institute of India
IN Bharat Biotech
PK Pakistan International Airlines | PIA
PK Airblue
PK SereneAir
PK National Bank of Pakistan
PK Habib Bank Limited | HBL
PK United Bank Limited | UBL
PK MCB Bank
PK Allied Bank Limited
PK Meezan Bank
PK Bank Alfalah
PK Oil and Gas Development Company | OGDCL
PK Pakistan State Oil | PSO
PK Sui Northern Gas Pipelines | SNGPL
PK Sui Southern Gas Company | SSGC
PK K-Electric
PK WAPDA | Water and Power Development Authority
PK Pakistan Railways
PK Pakistan Steel Mills
PK Engro Corporation | Engro
PK Lucky Cement
PK Fauji Fertilizer Company | Fauji Foundation
PK Jazz Pakistan | Jazz telecom
PK Pakistan Stock Exchange | PSX
PK Karachi Stock Exchange
PK Bahria Town
PK Daraz
BD Biman Bangladesh Airlines | Biman
BD Grameenphone
BD Grameen Bank
BD BRAC
LK SriLankan Airlines
CN Huawei | Huawei Technologies
CN Alibaba Group | Alibaba
CN Tencent
CN Baidu
CN ByteDance
CN JD.com
CN Xiaomi
CN BYD | BYD Auto
CN Geely
CN NIO Inc
CN Lenovo
CN ZTE
CN DJI
CN CATL | Contemporary Amperex Technology
CN Sinopec
CN PetroChina
CN China National Petroleum Corporation | CNPC
CN CNOOC | China National Offshore Oil Corporation
CN State Grid Corporation of China | State Grid
CN China Mobile
CN China Telecom
CN China Unicom
CN Industrial and Commercial Bank of China | ICBC
CN China Construction Bank
CN Agricultural Bank of China
CN Bank of China
CN China Development Bank
CN Ping An Insurance | Ping An
CN Evergrande | China Evergrande Group
CN Country Garden
CN Air China
CN China Eastern Airlines
CN China Southern Airlines
CN COMAC
CN COSCO Shipping | COSCO
CN SMIC | Semiconductor Manufacturing International Corporation
CN Shein
CN Temu
CN Pinduoduo | PDD Holdings
CN Meituan
CN Didi Global | Didi Chuxing
CN Shanghai Stock Exchange
CN Shenzhen Stock Exchange
HK Cathay Pacific
HK Hong Kong Stock Exchange | Hong Kong Exchanges and Clearing | HKEX
HK CK Hutchison
HK Jardine Matheson
TW Taiwan Semiconductor Manufacturing Company | TSMC
TW Foxconn | Hon Hai Precision Industry
TW MediaTek
TW China Airlines
TW EVA Air
JP Toyota | Toyota Motor | Toyota Motor Corporation
JP Honda Motor | Honda Motor Co
JP Nissan | Nissan Motor
JP Sony | Sony Group
JP SoftBank | SoftBank Group
JP Mitsubishi UFJ Financial Group | MUFG
JP Mizuho Financial Group | Mizuho
JP Sumitomo Mitsui Banking Corporation | SMBC
JP Nomura | Nomura Holdings
JP Japan Airlines | JAL
JP All Nippon Airways | ANA
JP Tokyo Electric Power Company | TEPCO
JP Toshiba
JP Hitachi
JP Panasonic
JP Nintendo
JP Fujitsu
JP Tokyo Stock Exchange
JP Uniqlo
KR Samsung | Samsung Electronics | Samsung Group
KR Hyundai | Hyundai Motor | Hyundai Motor Company
KR Kia | Kia Motors
KR LG Electronics | LG Group | LG
KR SK Hynix
KR SK Group
KR Lotte Group
KR Posco
KR Korean Air
KR Asiana Airlines
KR Naver
KR Kakao
KR Coupang
SG Singapore Airlines
SG DBS Bank | DBS Group
SG Oversea-Chinese Banking Corporation | OCBC
SG United Overseas Bank | UOB
SG Grab Holdings | Grab
SG Sea Limited
MY Malaysia Airlines
MY AirAsia
MY Petronas
MY 1Malaysia Development Berhad | 1MDB
MY Maybank
ID Garuda Indonesia
ID Lion Air
ID Pertamina
ID Gojek | GoTo
TH Thai Airways
TH PTT Public Company
PH Philippine Airlines
PH Cebu Pacific
PH San Miguel Corporation
VN VinFast
VN Vingroup
VN Vietnam Airlines
AU Qantas
AU Virgin Australia
AU BHP | BHP Group
AU Rio Tinto
AU Commonwealth Bank | Commonwealth Bank of Australia | CBA
AU Westpac
AU National Australia Bank | NAB bank
AU ANZ Bank | Australia and New Zealand Banking Group
AU Fortescue
AU Woodside Energy
AU Telstra
AU Woolworths Group
AU Macquarie Group
NZ Air New Zealand
NZ Fonterra
BR Vale SA | Vale
BR Embraer
BR Itaú Unibanco
BR Banco do Brasil
BR Bradesco
BR JBS
BR LATAM Airlines
BR Gol Linhas Aéreas
BR Azul Brazilian Airlines
MX América Móvil
MX Cemex
MX Grupo Televisa | Televisa
MX Grupo Bimbo
MX Aeroméxico
AR YPF
AR Aerolíneas Argentinas
CL Codelco
CO Ecopetrol
CO Avianca
VE Citgo
IL Teva Pharmaceutical | Teva
IL Israel Aerospace Industries
IL Elbit Systems
IL Rafael Advanced Defense Systems | Rafael
IL NSO Group
IL El Al
IL Bank Hapoalim
IL Bank Leumi
IR Iran Air
IR Mahan Air
"""

HAND["other"] = """
PK Pakistan Cricket Board | PCB
IN Board of Control for Cricket in India | BCCI
GB England and Wales Cricket Board
AU Cricket Australia
--  International Cricket Council
--  FIFA | Fédération Internationale de Football Association
--  UEFA | Union of European Football Associations
--  Asian Football Confederation
--  Confederation of African Football | CAF
--  CONMEBOL
--  CONCACAF
--  World Athletics
--  World Rugby
--  International Tennis Federation
--  Formula One Group | Formula One Management
GB Football Association | English Football Association
GB Premier League | English Premier League | EPL
GB English Football League | EFL
US National Basketball Association | NBA
US National Football League | NFL
US Major League Baseball | MLB
US National Hockey League | NHL
US Major League Soccer | MLS
US National Collegiate Athletic Association | NCAA
IN Indian Premier League | IPL
PK Pakistan Super League | PSL
ES La Liga
IT Serie A
DE Bundesliga
FR Ligue 1
SY Syrian Observatory for Human Rights | SOHR
--  Amnesty International
--  Human Rights Watch
--  Médecins Sans Frontières | MSF | Doctors Without Borders
--  Oxfam | Oxfam International
--  Save the Children
--  Greenpeace
--  World Wide Fund for Nature | WWF
--  International Rescue Committee | IRC
--  Norwegian Refugee Council | NRC
--  Reporters Without Borders | RSF
--  Committee to Protect Journalists | CPJ
--  Transparency International
--  World Economic Forum | WEF
--  Bill & Melinda Gates Foundation | Gates Foundation
--  Wikimedia Foundation
--  Wikipedia
--  Islamic State | ISIS | ISIL | Daesh
--  Al-Qaeda | al-Qaida | Al Qaeda
--  Al-Qaeda in the Arabian Peninsula | AQAP
--  Al-Shabaab | al-Shabab
--  Boko Haram
--  Taliban
GB British Red Cross
US American Red Cross
US American Civil Liberties Union | ACLU
US National Rifle Association | NRA
US Heritage Foundation
US Brookings Institution
US Council on Foreign Relations
US Carnegie Endowment for International Peace
US RAND Corporation
US Institute for the Study of War | ISW
US Pew Research Center
US Gallup
US Southern Poverty Law Center
US Black Lives Matter
US Smithsonian Institution
US Metropolitan Museum of Art
GB Chatham House
GB International Institute for Strategic Studies | IISS
GB Royal United Services Institute | RUSI
GB Institute for Fiscal Studies | IFS
GB YouGov
GB Ipsos UK
GB Trades Union Congress | TUC
GB Confederation of British Industry | CBI
GB British Museum
GB Royal Society
GB Wellcome Trust
GB Church of England
GB Royal Family
SE Stockholm International Peace Research Institute | SIPRI
SE Nobel Foundation
--  Catholic Church | Roman Catholic Church
VA Holy See | Vatican
GB Salvation Army
--  Fédération Internationale de l'Automobile
GB Mercedes F1 | Mercedes-AMG Petronas
AT Red Bull Racing
IT Scuderia Ferrari
GB McLaren
GB Williams Racing
FR Alpine F1 Team
GB Aston Martin F1
CH Sauber
US Haas F1 Team
PK Pakistan Tehreek-e-Taliban | Tehrik-i-Taliban Pakistan | TTP
PK Balochistan Liberation Army | BLA
PK Lashkar-e-Taiba | LeT
PK Jaish-e-Mohammed | JeM
YE Houthis | Ansar Allah
IQ Popular Mobilization Forces | PMF | Hashd al-Shaabi
SY Hayat Tahrir al-Sham | HTS
SY Syrian Democratic Forces | SDF
TR Kurdistan Workers' Party | PKK
CO FARC | Revolutionary Armed Forces of Colombia
LK Liberation Tigers of Tamil Eelam | LTTE | Tamil Tigers
SD Rapid Support Forces
SD Sudanese Armed Forces
"""

# pytickersymbols indices used: the headline index of each market. Mid- and small-cap
# indices (CAC Mid 60, MDAX, TecDAX, SDAX, S&P 600) add about 800 names that news
# rarely uses, many of them ordinary words.
TICKER_INDICES = {
    "AEX": "NL", "BEL 20": "BE", "CAC_40": "FR", "DAX": "DE", "DOW JONES": "US",
    "EURO STOXX 50": "", "FTSE 100": "GB", "IBEX 35": "ES", "NASDAQ 100": "US",
    "NIKKEI 225": "JP", "OMX Helsinki 25": "FI", "OMX Stockholm 30": "SE", "S&P 100": "US",
    "S&P 500": "US", "Switzerland 20": "CH",
}  # fmt: skip

# The country names that pytickersymbols writes in its country field.
COUNTRY_CODES = {
    "Argentina": "AR", "Australia": "AU", "Belgium": "BE", "Bermuda": "BM", "Canada": "CA",
    "China": "CN", "Finland": "FI", "France": "FR", "Germany": "DE", "Guernsey": "GG",
    "Ireland": "IE", "Isle of Man": "IM", "Italy": "IT", "Japan": "JP", "Luxembourg": "LU",
    "Mexico": "MX", "Netherlands": "NL", "Russian Federation": "RU", "Spain": "ES",
    "Sweden": "SE", "Switzerland": "CH", "United Kingdom": "GB", "United States": "US",
    "D.C.": "US",
}  # fmt: skip

US_STATES = words(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida
    Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland
    Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio
    Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington
    Wisconsin Wyoming"""
) | {"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
     "North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia"}  # fmt: skip


# ---------------------------------------------------------------------------
# Model and helpers
# ---------------------------------------------------------------------------


@dataclass
class Org:
    canonical: str
    kind: str
    country: str
    names: list[str] = field(default_factory=list)

    @property
    def entity_id(self) -> str:
        return "org:" + slug(self.canonical)


def strip_marks(text: str) -> str:
    """Diacritics stripped, curly quotes and dashes made plain, case kept."""
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """The form in which two names count as the same (the matcher folds text alike)."""
    return strip_marks(text).casefold()


def slug(name: str) -> str:
    ascii_name = fold(name).replace("&", " and ").encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")


def parse_table(kind: str, table: str) -> Iterator[Org]:
    for line in table.strip().splitlines():
        code, rest = line[:2], line[2:]
        names = [part.strip() for part in rest.split("|")]
        yield Org(names[0], kind, "" if code == "--" else code, names)


def hand_orgs() -> list[Org]:
    return [org for kind, table in HAND.items() for org in parse_table(kind, table)]


# ---------------------------------------------------------------------------
# pytickersymbols
# ---------------------------------------------------------------------------


def clean_company_name(raw: str) -> str:
    name = NAME_FIXES.get(raw, raw)
    name = re.sub(r"\s*\([^)]*\)", "", name)  # "Metso (2020–present)": a page title
    return re.sub(r",\s*(Inc\.?|Ltd\.?)$", r" \1", name).strip()


def short_forms(name: str) -> list[str]:
    """The name without a leading "The" and without trailing legal suffixes."""
    words = name.split()
    if words[0] == "The":
        words = words[1:]
    forms = [" ".join(words)]
    while len(words) > 1 and words[-1].casefold().rstrip(",") in LEGAL_SUFFIXES:
        words = words[:-1]
        words[-1] = words[-1].rstrip(",")
        forms.append(" ".join(words))
    return forms


def company_country(field_value: str | None, index_country: str) -> str:
    last = (field_value or "").split(",")[-1].strip()
    if last in US_STATES:
        return "US"
    return COUNTRY_CODES.get(last, index_country)


def ticker_orgs() -> list[Org]:
    from pytickersymbols.indices_data import INDICES  # build-time only dependency

    orgs: dict[str, Org] = {}
    for index in sorted(TICKER_INDICES):
        for company in INDICES[index]["companies"]:
            name = clean_company_name(company["name"])
            if name in orgs:
                continue
            country = company_country(company.get("country"), TICKER_INDICES[index])
            forms = short_forms(name)  # forms[0] drops a leading "The": the id does too
            orgs[name] = Org(forms[0], "company", country, [name, *forms])
    return list(orgs.values())


# ---------------------------------------------------------------------------
# Exclusion rules
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Blocklists:
    places: frozenset[str]  # folded
    places_exact: frozenset[str]  # case kept, diacritics stripped
    surnames: frozenset[str]


def load_blocklists() -> Blocklists:
    with gzip.open(DATA / "places.csv.gz", "rt", encoding="utf-8") as handle:
        names = [row["name"] for row in csv.DictReader(handle)]
    with open(DATA / "demonyms.csv", encoding="utf-8") as handle:
        names += [row["name"] for row in csv.DictReader(handle)]
    surname_lines = (REPO / "data" / "surnames.txt").read_text(encoding="utf-8").splitlines()
    return Blocklists(
        places=frozenset(fold(n) for n in names),
        places_exact=frozenset(strip_marks(n) for n in names),
        surnames=frozenset(line.split("\t")[0] for line in surname_lines),
    )


def exclusion_reason(name: str, lists: Blocklists) -> str | None:
    """Why a surface name is left out, or None to keep it."""
    folded = fold(name)
    if len(name) < 2:
        return "too short"
    if folded.startswith("the "):
        return "starts with 'the'"
    if name in EXCLUDED_NAMES:
        return "hand-excluded"
    # An all-capitals abbreviation clashes only with a place spelt the same way:
    # "IMO" is not "Imo" (Nigeria), but "UAE" would be the country.
    if (strip_marks(name) in lists.places_exact) if name.isupper() else folded in lists.places:
        return "place name or demonym"
    if " " in name:
        return None
    if folded in COMMON_WORDS:
        return "common word"
    # Internal capitals ("BoE", "DuPont", "McKinsey") mark a coined name, not a surname.
    if folded in lists.surnames and name[1:].islower() and name not in SURNAME_BRANDS:
        return "surname"
    return None


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------


def merge(hand: list[Org], tickers: list[Org]) -> list[Org]:
    """Hand rows win: a listed company already in a hand table (by any name) is skipped,
    and so is a second organisation whose canonical name repeats a first's."""
    seen = {slug(n) for org in hand for n in org.names}
    merged = list(hand)
    for org in tickers:
        keys = {slug(n) for n in org.names}
        if seen.isdisjoint(keys):
            merged.append(org)
            seen |= keys
    return merged


def surface_names(
    orgs: Iterable[Org], lists: Blocklists, dropped: dict[str, str]
) -> dict[str, dict[str, str]]:
    """entity_id -> {folded name: surface name}, after the exclusion rules; names
    claimed by two organisations are dropped from both."""
    by_entity: dict[str, dict[str, str]] = {}
    owners: dict[str, set[str]] = {}
    for org in orgs:
        kept = by_entity.setdefault(org.entity_id, {})
        for name in org.names:
            reason = exclusion_reason(name, lists)
            if reason:
                dropped[name] = reason
                continue
            kept.setdefault(fold(name), name)
            owners.setdefault(fold(name), set()).add(org.entity_id)
    for folded, entity_ids in owners.items():
        if len(entity_ids) > 1:
            for entity_id in entity_ids:
                dropped[by_entity[entity_id].pop(folded)] = "shared by " + ", ".join(
                    sorted(entity_ids)
                )
    return by_entity


def build_rows(dropped: dict[str, str] | None = None) -> list[dict[str, str]]:
    dropped = {} if dropped is None else dropped
    orgs = merge(hand_orgs(), ticker_orgs())
    ids = [org.entity_id for org in orgs]
    clashes = sorted({i for i in ids if ids.count(i) > 1})
    if clashes:
        raise ValueError(f"two organisations share an entity_id: {clashes}")
    names = surface_names(orgs, load_blocklists(), dropped)
    rows = [
        {"label": "ORG", "entity_id": org.entity_id, "name": name, "kind": org.kind,
         "country_code": org.country}
        for org in orgs
        for name in names[org.entity_id].values()
    ]  # fmt: skip
    return sorted(rows, key=lambda row: (row["entity_id"], row["name"]))


def render(rows: list[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list left-out names")
    args = parser.parse_args()
    dropped: dict[str, str] = {}
    rows = build_rows(dropped)
    ORGS_PATH.write_bytes(render(rows).encode("utf-8"))
    entities = {row["entity_id"] for row in rows}
    print(f"{ORGS_PATH.relative_to(REPO)}: {len(entities)} organisations, {len(rows)} names")
    if args.verbose:
        for name, reason in sorted(dropped.items()):
            print(f"  left out {name!r}: {reason}", file=sys.stderr)


if __name__ == "__main__":
    main()
