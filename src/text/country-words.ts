/**
 * Countries and large cities that listed names carry as a qualifier and invoices leave out ("VTB Bank
 * (Azerbaijan)", "EPK Samara"). One word each, as the normaliser writes it; names that are also common given
 * names or surnames ("Jordan", "Georgia", "Israel", "Chad") are left out, since a person's name is no qualifier.
 */
export const COUNTRY_WORDS: readonly string[] = [
  ...['afghanistan', 'albania', 'algeria', 'angola', 'argentina', 'armenia', 'australia', 'austria'],
  ...['azerbaijan', 'bahrain', 'bangladesh', 'belarus', 'belgium', 'bolivia', 'bosnia', 'brazil', 'bulgaria'],
  ...['burma', 'cambodia', 'cameroon', 'canada', 'chile', 'colombia', 'croatia', 'cuba', 'cyprus', 'czech'],
  ...['denmark', 'ecuador', 'egypt', 'eritrea', 'estonia', 'ethiopia', 'finland', 'france', 'germany'],
  ...['ghana', 'greece', 'hungary', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'italy', 'japan'],
  ...['kazakhstan', 'kenya', 'korea', 'kuwait', 'kyrgyzstan', 'kyrgyz', 'laos', 'latvia', 'lebanon'],
  ...['libya', 'lithuania', 'malaysia', 'mali', 'mexico', 'moldova', 'mongolia', 'montenegro', 'morocco'],
  ...['mozambique', 'myanmar', 'nepal', 'netherlands', 'nicaragua', 'nigeria', 'norway', 'oman', 'pakistan'],
  ...['panama', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia', 'serbia'],
  ...['singapore', 'slovakia', 'slovenia', 'somalia', 'spain', 'sudan', 'sweden', 'switzerland', 'syria'],
  ...['taiwan', 'tajikistan', 'tanzania', 'thailand', 'tunisia', 'turkey', 'turkiye', 'turkmenistan'],
  ...['uganda', 'ukraine', 'uruguay', 'uzbekistan', 'venezuela', 'vietnam', 'yemen', 'zambia', 'zimbabwe'],
]

export const CITY_WORDS: readonly string[] = [
  ...['moscow', 'petersburg', 'samara', 'kazan', 'novosibirsk', 'yekaterinburg', 'ekaterinburg', 'omsk'],
  ...['tomsk', 'perm', 'ufa', 'saratov', 'voronezh', 'tula', 'krasnoyarsk', 'chelyabinsk', 'rostov'],
  ...['vladivostok', 'irkutsk', 'kaliningrad', 'murmansk', 'novgorod', 'sevastopol', 'simferopol', 'crimea'],
  ...['donetsk', 'luhansk', 'kharkiv', 'kyiv', 'kiev', 'odesa', 'odessa', 'minsk', 'baku', 'tashkent'],
  ...['almaty', 'astana', 'bishkek', 'yerevan', 'tbilisi', 'tehran', 'isfahan', 'mashhad', 'tabriz'],
  ...['shiraz', 'damascus', 'aleppo', 'beirut', 'baghdad', 'basra', 'erbil', 'kabul', 'karachi', 'lahore'],
  ...['islamabad', 'mumbai', 'delhi', 'dubai', 'sharjah', 'ajman', 'doha', 'riyadh', 'jeddah', 'muscat'],
  ...['manama', 'cairo', 'istanbul', 'ankara', 'izmir', 'mersin', 'caracas', 'havana', 'pyongyang'],
  ...['hongkong', 'macau', 'kowloon', 'london', 'paris', 'berlin', 'hamburg', 'vienna', 'geneva'],
]
