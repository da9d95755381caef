package verbatim.bench.corpus;

import java.util.List;

/**
 * The vocabulary of the synthetic news: common English words by part of speech, first and last
 * names, titles, places and outlet names. Written for this benchmark; any resemblance of a
 * generated person to a real one is chance.
 */
final class Words {
  private Words() {}

  static final List<String> NOUNS = split("""
      agreement budget ceasefire committee contract council court crisis deal debt decision deficit
      delegation demand dispute economy election embargo envoy export factory fleet forecast fund
      government harbour harvest hearing import increase industry inflation inquiry investment issue
      law leader loan market measure meeting merger ministry mission network offer official outbreak
      parliament partner pension plan plant platform policy poll port price programme project proposal
      protest rate reactor referendum reform region report request reserve resolution review risk road
      rule sanction schedule school sector security settlement shipment shortage signal site strike
      subsidy summit supply surplus survey system talk target tariff tax team test threat trade treaty
      trial tunnel union vaccine vessel visit vote wage warning weapon workforce airline airport
      alliance allowance archive army audit bailout ballot bank battery border bridge bulletin cable
      campaign canal candidate capital cargo census charter clinic coalition coast company complaint
      concern conference convoy corridor crop currency customer dam data database drought drone
      earthquake embassy emission engine estate exchange exercise facility farm festival flood
      framework frontier fuel grid hospital hotline incident income insurer interview inventory
      journalist laboratory landslide lawsuit levy licence lineup mandate manifesto memo militia
      mine monitor mortgage museum negotiator newspaper nominee observer operator ordinance outlet
      package panel pipeline pledge portfolio premium prosecutor province quota railway rebate
      recession refinery refugee regulator reporter retailer revenue satellite scandal scheme senate
      shareholder shelter shipyard smuggler spokesman startup statute stockpile storm student
      supplier surveyor tanker taxpayer tenant terminal tourist trader tribunal truck tuition
      turbine upgrade utility vendor verdict veteran volunteer voter warehouse watchdog wildfire
      worker yield zone""");

  static final List<String> ADJECTIVES = split("""
      annual bilateral broad careful central cautious civilian coastal commercial common complex
      costly critical crucial current daily delayed domestic early economic emergency environmental
      federal final financial foreign formal former fragile full global gradual growing historic
      illegal independent industrial initial interim internal joint key large late legal limited
      local long main major maritime medical military modest monthly municipal national naval new
      nuclear official open overseas partial permanent political popular possible preliminary
      previous private public quarterly quick rapid rare recent regional renewed rural second secret
      senior serious sharp short significant slow small special stable steady strategic strict
      strong sudden temporary tentative total tough unexpected unprecedented urban urgent vast
      weekly wide young digital volatile sweeping narrow""");

  /** Verbs as base and past forms, "base:past". */
  static final List<String> VERBS = split("""
      approve:approved announce:announced block:blocked boost:boosted cancel:cancelled cut:cut
      delay:delayed deny:denied discuss:discussed expand:expanded extend:extended curb:curbed
      halt:halted launch:launched lift:lifted limit:limited open:opened order:ordered propose:proposed
      raise:raised reject:rejected resume:resumed review:reviewed revise:revised sign:signed
      suspend:suspended tighten:tightened back:backed challenge:challenged close:closed complete:completed
      confirm:confirmed criticise:criticised defend:defended double:doubled ease:eased end:ended
      fund:funded inspect:inspected investigate:investigated lower:lowered monitor:monitored
      postpone:postponed protect:protected question:questioned reduce:reduced renew:renewed
      restore:restored restrict:restricted scrap:scrapped secure:secured settle:settled study:studied
      support:supported test:tested upgrade:upgraded veto:vetoed welcome:welcomed build:built
      hold:held win:won lose:lost seek:sought set:set drop:dropped adopt:adopted unveil:unveiled
      overhaul:overhauled trim:trimmed finance:financed audit:audited""");

  static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday");

  static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");

  static final List<String> FEMALE_NAMES = split("""
      Ada Alice Amara Amelia Ana Anita Anna Aya Beatriz Bella Carla Carmen Chloe Clara Dana Daria Diana
      Elena Elif Elisa Emma Erin Eva Fatima Fiona Freya Grace Hana Helen Ines Ingrid Irene Isabel Ivana
      Jana Jin Joanna Julia June Karin Kate Keiko Lara Laura Leila Lena Lina Lucia Maya Mei Mia Mina
      Nadia Naomi Nina Noor Olga Paula Petra Priya Rana Rita Rosa Ruth Sara Selin Sofia Sun Tara Tessa
      Vera Yara Yuna Zara Zoe Alma Bianca Celia Dora Edith Flora Gemma Hilda Iris Jade Lea Mara Nora
      Opal Pia Quinn Rhea Sadie Thea Una Vida Wren Ximena Yasmin Zelda Agnes Bettina Cora Delia Esme""");

  static final List<String> MALE_NAMES = split("""
      Aaron Adam Ahmed Alan Alex Ali Amir Andre Arjun Ben Boris Carlos Chen Daniel David Diego Dmitri
      Edward Emil Erik Felix Frank George Hassan Henry Hugo Ian Igor Ivan Jack James Jamal Javier Jin
      Jonas Jorge Jose Karim Kenji Lars Leon Liam Luca Lucas Marco Mark Martin Mateo Max Min Mohammed
      Nikolai Noah Omar Oscar Owen Pablo Paul Pedro Peter Rafael Ravi Ricardo Robert Rui Sam Samuel
      Sergei Simon Stefan Taro Theo Thomas Tomas Victor Viktor Walter Yusuf Zhang Abel Bruno Cyril
      Dario Elias Fabian Gideon Hector Isaac Jasper Kofi Luis Milan Nestor Otto Quentin Rolf Silas""");

  static final List<String> LAST_NAMES = split("""
      Abe Adeyemi Aguilar Ahn Akhtar Alvarez Andersen Arslan Bailey Baker Banerjee Bauer Becker Bell
      Benitez Berg Bianchi Blanc Bose Brandt Brooks Brown Byrne Campbell Carter Castro Chandra Chang
      Chen Cho Choi Clarke Cohen Costa Cruz Dahl Das Davies Diaz Dubois Duarte Edwards Eriksen Evans
      Farah Fernandez Fischer Fleming Fontaine Foster Fraser Fujita Garcia Ghosh Gomez Gonzalez Graham
      Gray Green Gupta Haddad Hall Hansen Harris Hayes Hoffmann Horvat Hughes Hussain Ibrahim Ito
      Jackson Jansen Jensen Jimenez Johansson Jones Kang Kapoor Karimi Kaur Kelly Khan Kim Kowalski
      Kruger Kumar Lam Lang Larsen Lee Lehmann Li Lim Lindqvist Liu Lopez Lund Maddox Mahmoud Malik
      Marin Martin Martinez Matsumoto Meyer Miller Mitchell Molina Moreau Morales Moreno Muller Murphy
      Nagy Nakamura Navarro Nguyen Nielsen Novak Nowak Obi Okafor Olsen Ortiz Osei Park Patel Pereira
      Perez Petrov Pham Popescu Quinn Rahman Ramos Reyes Richter Rivera Roberts Rodriguez Romero Rossi
      Roy Russo Saito Salazar Sanchez Santos Sato Schmidt Schneider Scott Sharma Silva Singh Smith
      Sokolov Song Stewart Suzuki Tan Tanaka Taylor Thomas Torres Tran Turner Ueda Valdez Vargas Vega
      Volkov Wagner Walker Wang Watanabe Weber Wilson Wong Wright Wu Yamamoto Yang Yilmaz Yoon Young
      Zhang Zhao Zhou Ziegler Zimmermann Almeida Barros Bjork Cardenas Dimitrov Ekstrom Falk Guerrero
      Halvorsen Ishikawa Jovanovic Kaplan Lindgren Mendes Nilsson Oyelaran Pastor Quiroga Rasmussen
      Sandberg Takahashi Umarov Varga Wojcik Yadav Zapata Acosta Bakker Coelho Demir Estrada Ferrari
      Gallo Hahn Iqbal Jaeger Koch Lorenz Mancini Nair Ozturk Pavlov Ricci Stein Toth Usman Vasquez""");

  static final List<String> TITLES = List.of("Finance Minister", "Foreign Minister", "Prime Minister",
      "President", "Defence Minister", "Trade Minister", "Health Minister", "Governor", "Mayor", "Senator",
      "central bank governor", "chief executive", "chairman", "spokeswoman", "spokesman", "ambassador",
      "opposition leader", "general", "prosecutor", "economist", "analyst", "professor", "union leader",
      "chief negotiator");

  /** Places: countries, regions and cities, as any atlas names them. */
  static final List<String> PLACES = split("""
      Argentina Australia Austria Bangladesh Belgium Brazil Canada Chile China Colombia Denmark Egypt
      Ethiopia Finland France Germany Ghana Greece Hungary India Indonesia Iran Ireland Israel Italy
      Japan Jordan Kenya Malaysia Mexico Morocco Nepal Netherlands Nigeria Norway Pakistan Peru
      Philippines Poland Portugal Qatar Romania Russia Senegal Serbia Singapore Spain Sweden
      Switzerland Tanzania Thailand Tunisia Turkey Uganda Ukraine Uruguay Vietnam Zambia Zimbabwe
      Seoul Tokyo Beijing Delhi Jakarta Manila Bangkok Hanoi Dhaka Karachi Cairo Lagos Nairobi Accra
      Dakar Johannesburg Madrid Lisbon Paris Berlin Rome Vienna Warsaw Prague Budapest Athens Oslo
      Stockholm Helsinki Copenhagen Dublin London Brussels Geneva Ottawa Toronto Chicago Houston Boston
      Denver Lima Bogota Santiago Caracas Quito Havana Sydney Melbourne Auckland Busan Osaka Taipei
      Mumbai Kolkata Lahore Tehran Baghdad Riyadh Dubai Doha Ankara Istanbul Kyiv Minsk Riga Vilnius
      Tallinn Sofia Bucharest Belgrade Zagreb Sarajevo Tirana Skopje Valletta Nicosia Rabat Tunis
      Algiers Tripoli Khartoum Kampala Kigali Lusaka Harare Maputo Luanda Windhoek Gaborone""");

  static final List<String> OUTLET_PREFIXES = split("""
      north south east west river harbour capital metro coastal valley summit union central daily
      evening morning national civic island lake""");

  static final List<String> OUTLET_SUFFIXES = split("""
      times herald ledger post wire tribune courier gazette observer chronicle journal record
      dispatch monitor standard review""");

  static final List<String> ZONES = List.of("Asia/Seoul", "Asia/Tokyo", "Europe/London", "Europe/Berlin",
      "America/New_York", "America/Chicago", "America/Los_Angeles", "Australia/Sydney", "Asia/Kolkata",
      "Africa/Lagos");

  static final List<String> INDUSTRIES = split("""
      Energy Shipping Steel Mining Textile Aviation Telecom Pharmaceutical Automotive Banking Insurance
      Construction Software Semiconductor Agriculture Fisheries Rail Chemicals Media Retail""");

  static final List<String> RANKS = List.of("senior", "junior", "former", "top", "high-ranking");

  static final List<String> GROUPS = List.of("Critics", "Analysts", "Residents", "Opposition lawmakers",
      "Economists", "Diplomats", "Local officials", "Union members");

  private static List<String> split(String words) {
    return List.of(words.strip().split("\\s+"));
  }
}
