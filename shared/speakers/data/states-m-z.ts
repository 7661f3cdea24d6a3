// UN Member and observer States M to Z, by UN English short name.
// names: the UN short names (UNTERM) in the six official languages; aliases: what observers type instead
// (common short forms, former names, and the CLDR names in the six languages and German, since Vienna-based
// observers often write German).
import { observerState, state } from './define';
import type { StateEntity } from '../types';

export const STATES_M_Z: readonly StateEntity[] = Object.freeze([
  state('MDG', 'MG', { en: 'Madagascar', fr: 'Madagascar', es: 'Madagascar', ru: 'Мадагаскар', zh: '马达加斯加', ar: 'مدغشقر' }, [
    'Madagaskar',
  ]),
  state('MWI', 'MW', { en: 'Malawi', fr: 'Malawi', es: 'Malawi', ru: 'Малави', zh: '马拉维', ar: 'ملاوي' }, [
    'Malaui',
  ]),
  state('MYS', 'MY', { en: 'Malaysia', fr: 'Malaisie', es: 'Malasia', ru: 'Малайзия', zh: '马来西亚', ar: 'ماليزيا' }),
  state('MDV', 'MV', { en: 'Maldives', fr: 'Maldives', es: 'Maldivas', ru: 'Мальдивские Острова', zh: '马尔代夫', ar: 'ملديف' }, [
    'Мальдивы', 'جزر المالديف', 'Malediven',
  ]),
  state('MLI', 'ML', { en: 'Mali', fr: 'Mali', es: 'Malí', ru: 'Мали', zh: '马里', ar: 'مالي' }),
  state('MLT', 'MT', { en: 'Malta', fr: 'Malte', es: 'Malta', ru: 'Мальта', zh: '马耳他', ar: 'مالطة' }, [
    'مالطا',
  ]),
  state('MHL', 'MH', { en: 'Marshall Islands', fr: 'Îles Marshall', es: 'Islas Marshall', ru: 'Маршалловы Острова', zh: '马绍尔群岛', ar: 'جزر مارشال' }, [
    'Маршалловы о-ва', 'Marshallinseln',
  ]),
  state('MRT', 'MR', { en: 'Mauritania', fr: 'Mauritanie', es: 'Mauritania', ru: 'Мавритания', zh: '毛里塔尼亚', ar: 'موريتانيا' }, [
    'Mauretanien',
  ]),
  state('MUS', 'MU', { en: 'Mauritius', fr: 'Maurice', es: 'Mauricio', ru: 'Маврикий', zh: '毛里求斯', ar: 'موريشيوس' }),
  state('MEX', 'MX', { en: 'Mexico', fr: 'Mexique', es: 'México', ru: 'Мексика', zh: '墨西哥', ar: 'المكسيك' }, [
    'Mexiko',
  ]),
  state('FSM', 'FM', { en: 'Micronesia (Federated States of)', fr: 'Micronésie (États fédérés de)', es: 'Micronesia (Estados Federados de)', ru: 'Микронезия (Федеративные Штаты)', zh: '密克罗尼西亚（联邦）', ar: 'ميكرونيزيا (ولايات - الموحدة)' }, [
    'Federated States of Micronesia', 'Micronesia', 'Micronésie', 'Федеративные Штаты Микронезии', '密克罗尼西亚', 'ميكرونيزيا', 'Mikronesien',
  ]),
  state('MCO', 'MC', { en: 'Monaco', fr: 'Monaco', es: 'Mónaco', ru: 'Монако', zh: '摩纳哥', ar: 'موناكو' }),
  state('MNG', 'MN', { en: 'Mongolia', fr: 'Mongolie', es: 'Mongolia', ru: 'Монголия', zh: '蒙古', ar: 'منغوليا' }, [
    'Mongolei',
  ]),
  state('MNE', 'ME', { en: 'Montenegro', fr: 'Monténégro', es: 'Montenegro', ru: 'Черногория', zh: '黑山', ar: 'الجبل الأسود' }),
  state('MAR', 'MA', { en: 'Morocco', fr: 'Maroc', es: 'Marruecos', ru: 'Марокко', zh: '摩洛哥', ar: 'المغرب' }, [
    'Marokko',
  ]),
  state('MOZ', 'MZ', { en: 'Mozambique', fr: 'Mozambique', es: 'Mozambique', ru: 'Мозамбик', zh: '莫桑比克', ar: 'موزامبيق' }, [
    'موزمبيق', 'Mosambik',
  ]),
  state('MMR', 'MM', { en: 'Myanmar', fr: 'Myanmar', es: 'Myanmar', ru: 'Мьянма', zh: '缅甸', ar: 'ميانمار' }, [
    'Burma', 'Myanmar (Burma)', 'Myanmar (Birmanie)', 'Myanmar (Birmania)', 'Мьянма (Бирма)', 'ميانمار (بورما)',
  ]),
  state('NAM', 'NA', { en: 'Namibia', fr: 'Namibie', es: 'Namibia', ru: 'Намибия', zh: '纳米比亚', ar: 'ناميبيا' }),
  state('NRU', 'NR', { en: 'Nauru', fr: 'Nauru', es: 'Nauru', ru: 'Науру', zh: '瑙鲁', ar: 'ناورو' }),
  state('NPL', 'NP', { en: 'Nepal', fr: 'Népal', es: 'Nepal', ru: 'Непал', zh: '尼泊尔', ar: 'نيبال' }),
  state('NLD', 'NL', { en: 'Netherlands (Kingdom of the)', fr: 'Pays-Bas (Royaume des)', es: 'Países Bajos (Reino de los)', ru: 'Нидерланды (Королевство)', zh: '荷兰王国', ar: 'مملكة هولندا' }, [
    'Netherlands', 'The Netherlands', 'Kingdom of the Netherlands', 'Holland', 'Pays-Bas', 'Países Bajos', 'Nederland', 'Нидерланды', '荷兰', 'هولندا', 'Niederlande',
  ]),
  state('NZL', 'NZ', { en: 'New Zealand', fr: 'Nouvelle-Zélande', es: 'Nueva Zelandia', ru: 'Новая Зеландия', zh: '新西兰', ar: 'نيوزيلندا' }, [
    'Nueva Zelanda', 'Neuseeland',
  ]),
  state('NIC', 'NI', { en: 'Nicaragua', fr: 'Nicaragua', es: 'Nicaragua', ru: 'Никарагуа', zh: '尼加拉瓜', ar: 'نيكاراغوا' }),
  state('NER', 'NE', { en: 'Niger', fr: 'Niger', es: 'Níger', ru: 'Нигер', zh: '尼日尔', ar: 'النيجر' }),
  state('NGA', 'NG', { en: 'Nigeria', fr: 'Nigéria', es: 'Nigeria', ru: 'Нигерия', zh: '尼日利亚', ar: 'نيجيريا' }),
  state('MKD', 'MK', { en: 'North Macedonia', fr: 'Macédoine du Nord', es: 'Macedonia del Norte', ru: 'Северная Македония', zh: '北马其顿', ar: 'مقدونيا الشمالية' }, [
    'Macedonia', 'Republic of North Macedonia', 'FYROM', 'The former Yugoslav Republic of Macedonia', 'Nordmazedonien',
  ]),
  state('NOR', 'NO', { en: 'Norway', fr: 'Norvège', es: 'Noruega', ru: 'Норвегия', zh: '挪威', ar: 'النرويج' }, [
    'Norwegen',
  ]),
  state('OMN', 'OM', { en: 'Oman', fr: 'Oman', es: 'Omán', ru: 'Оман', zh: '阿曼', ar: 'عمان' }),
  state('PAK', 'PK', { en: 'Pakistan', fr: 'Pakistan', es: 'Pakistán', ru: 'Пакистан', zh: '巴基斯坦', ar: 'باكستان' }),
  state('PLW', 'PW', { en: 'Palau', fr: 'Palaos', es: 'Palau', ru: 'Палау', zh: '帕劳', ar: 'بالاو' }),
  state('PAN', 'PA', { en: 'Panama', fr: 'Panama', es: 'Panamá', ru: 'Панама', zh: '巴拿马', ar: 'بنما' }),
  state('PNG', 'PG', { en: 'Papua New Guinea', fr: 'Papouasie-Nouvelle-Guinée', es: 'Papua Nueva Guinea', ru: 'Папуа-Новая Гвинея', zh: '巴布亚新几内亚', ar: 'بابوا غينيا الجديدة' }, [
    'Papua-Neuguinea',
  ]),
  state('PRY', 'PY', { en: 'Paraguay', fr: 'Paraguay', es: 'Paraguay', ru: 'Парагвай', zh: '巴拉圭', ar: 'باراغواي' }),
  state('PER', 'PE', { en: 'Peru', fr: 'Pérou', es: 'Perú', ru: 'Перу', zh: '秘鲁', ar: 'بيرو' }),
  state('PHL', 'PH', { en: 'Philippines', fr: 'Philippines', es: 'Filipinas', ru: 'Филиппины', zh: '菲律宾', ar: 'الفلبين' }, [
    'The Philippines', 'Philippinen',
  ]),
  state('POL', 'PL', { en: 'Poland', fr: 'Pologne', es: 'Polonia', ru: 'Польша', zh: '波兰', ar: 'بولندا' }, [
    'Polen',
  ]),
  state('PRT', 'PT', { en: 'Portugal', fr: 'Portugal', es: 'Portugal', ru: 'Португалия', zh: '葡萄牙', ar: 'البرتغال' }),
  state('QAT', 'QA', { en: 'Qatar', fr: 'Qatar', es: 'Qatar', ru: 'Катар', zh: '卡塔尔', ar: 'قطر' }, [
    'Catar', 'Katar',
  ]),
  state('KOR', 'KR', { en: 'Republic of Korea', fr: 'République de Corée', es: 'República de Corea', ru: 'Республика Корея', zh: '大韩民国', ar: 'جمهورية كوريا' }, [
    'South Korea', 'Korea', 'ROK', 'Corée du Sud', 'Corea del Sur', 'Южная Корея', '韩国', 'Korea, Republic of', 'كوريا الجنوبية', 'Südkorea',
  ]),
  state('MDA', 'MD', { en: 'Republic of Moldova', fr: 'République de Moldova', es: 'República de Moldova', ru: 'Республика Молдова', zh: '摩尔多瓦共和国', ar: 'جمهورية مولدوفا' }, [
    'Moldova', 'Moldavia', 'Moldavie', 'Молдавия', 'Молдова', '摩尔多瓦', 'مولدوفا', 'Republik Moldau',
  ]),
  state('ROU', 'RO', { en: 'Romania', fr: 'Roumanie', es: 'Rumania', ru: 'Румыния', zh: '罗马尼亚', ar: 'رومانيا' }, [
    'Rumänien',
  ]),
  state('RUS', 'RU', { en: 'Russian Federation', fr: 'Fédération de Russie', es: 'Federación de Rusia', ru: 'Российская Федерация', zh: '俄罗斯联邦', ar: 'الاتحاد الروسي' }, [
    'Russia', 'Russie', 'Rusia', 'Россия', '俄罗斯', 'روسيا', 'Russland',
  ]),
  state('RWA', 'RW', { en: 'Rwanda', fr: 'Rwanda', es: 'Rwanda', ru: 'Руанда', zh: '卢旺达', ar: 'رواندا' }, [
    'Ruanda',
  ]),
  state('KNA', 'KN', { en: 'Saint Kitts and Nevis', fr: 'Saint-Kitts-et-Nevis', es: 'Saint Kitts y Nevis', ru: 'Сент-Китс и Невис', zh: '圣基茨和尼维斯', ar: 'سانت كيتس ونيفس' }, [
    'St Kitts and Nevis', 'Saint Kitts', 'St. Kitts & Nevis', 'Saint-Christophe-et-Niévès', 'San Cristóbal y Nieves', 'سانت كيتس ونيفيس', 'St. Kitts und Nevis',
  ]),
  state('LCA', 'LC', { en: 'Saint Lucia', fr: 'Sainte-Lucie', es: 'Santa Lucía', ru: 'Сент-Люсия', zh: '圣卢西亚', ar: 'سانت لوسيا' }, [
    'St Lucia',
  ]),
  state('VCT', 'VC', { en: 'Saint Vincent and the Grenadines', fr: 'Saint-Vincent-et-les Grenadines', es: 'San Vicente y las Granadinas', ru: 'Сент-Винсент и Гренадины', zh: '圣文森特和格林纳丁斯', ar: 'سانت فنسنت وجزر غرينادين' }, [
    'St Vincent and the Grenadines', 'Saint Vincent', 'St. Vincent & Grenadines', 'St. Vincent und die Grenadinen',
  ]),
  state('WSM', 'WS', { en: 'Samoa', fr: 'Samoa', es: 'Samoa', ru: 'Самоа', zh: '萨摩亚', ar: 'ساموا' }),
  state('SMR', 'SM', { en: 'San Marino', fr: 'Saint-Marin', es: 'San Marino', ru: 'Сан-Марино', zh: '圣马力诺', ar: 'سان مارينو' }),
  state('STP', 'ST', { en: 'Sao Tome and Principe', fr: 'Sao Tomé-et-Principe', es: 'Santo Tomé y Príncipe', ru: 'Сан-Томе и Принсипи', zh: '圣多美和普林西比', ar: 'سان تومي وبرينسيبي' }, [
    'Sao Tome', 'São Tomé & Príncipe', 'ساو تومي وبرينسيبي', 'São Tomé und Príncipe',
  ]),
  state('SAU', 'SA', { en: 'Saudi Arabia', fr: 'Arabie saoudite', es: 'Arabia Saudita', ru: 'Саудовская Аравия', zh: '沙特阿拉伯', ar: 'المملكة العربية السعودية' }, [
    'KSA', 'Arabia Saudí', 'Saudi-Arabien',
  ]),
  state('SEN', 'SN', { en: 'Senegal', fr: 'Sénégal', es: 'Senegal', ru: 'Сенегал', zh: '塞内加尔', ar: 'السنغال' }),
  state('SRB', 'RS', { en: 'Serbia', fr: 'Serbie', es: 'Serbia', ru: 'Сербия', zh: '塞尔维亚', ar: 'صربيا' }, [
    'Serbien',
  ]),
  state('SYC', 'SC', { en: 'Seychelles', fr: 'Seychelles', es: 'Seychelles', ru: 'Сейшельские Острова', zh: '塞舌尔', ar: 'سيشيل' }, [
    'Сейшельские о-ва', 'سيشل', 'Seychellen',
  ]),
  state('SLE', 'SL', { en: 'Sierra Leone', fr: 'Sierra Leone', es: 'Sierra Leona', ru: 'Сьерра-Леоне', zh: '塞拉利昂', ar: 'سيراليون' }),
  state('SGP', 'SG', { en: 'Singapore', fr: 'Singapour', es: 'Singapur', ru: 'Сингапур', zh: '新加坡', ar: 'سنغافورة' }),
  state('SVK', 'SK', { en: 'Slovakia', fr: 'Slovaquie', es: 'Eslovaquia', ru: 'Словакия', zh: '斯洛伐克', ar: 'سلوفاكيا' }, [
    'Slovak Republic', 'Slowakei',
  ]),
  state('SVN', 'SI', { en: 'Slovenia', fr: 'Slovénie', es: 'Eslovenia', ru: 'Словения', zh: '斯洛文尼亚', ar: 'سلوفينيا' }, [
    'Slowenien',
  ]),
  state('SLB', 'SB', { en: 'Solomon Islands', fr: 'Îles Salomon', es: 'Islas Salomón', ru: 'Соломоновы Острова', zh: '所罗门群岛', ar: 'جزر سليمان' }, [
    'Соломоновы о-ва', 'Salomonen',
  ]),
  state('SOM', 'SO', { en: 'Somalia', fr: 'Somalie', es: 'Somalia', ru: 'Сомали', zh: '索马里', ar: 'الصومال' }),
  state('ZAF', 'ZA', { en: 'South Africa', fr: 'Afrique du Sud', es: 'Sudáfrica', ru: 'Южная Африка', zh: '南非', ar: 'جنوب أفريقيا' }, [
    'RSA', 'Republic of South Africa', 'Южно-Африканская Республика', 'Südafrika',
  ]),
  state('SSD', 'SS', { en: 'South Sudan', fr: 'Soudan du Sud', es: 'Sudán del Sur', ru: 'Южный Судан', zh: '南苏丹', ar: 'جنوب السودان' }, [
    'Südsudan',
  ]),
  state('ESP', 'ES', { en: 'Spain', fr: 'Espagne', es: 'España', ru: 'Испания', zh: '西班牙', ar: 'إسبانيا' }, [
    'Spanien',
  ]),
  state('LKA', 'LK', { en: 'Sri Lanka', fr: 'Sri Lanka', es: 'Sri Lanka', ru: 'Шри-Ланка', zh: '斯里兰卡', ar: 'سري لانكا' }),
  state('SDN', 'SD', { en: 'Sudan', fr: 'Soudan', es: 'Sudán', ru: 'Судан', zh: '苏丹', ar: 'السودان' }),
  state('SUR', 'SR', { en: 'Suriname', fr: 'Suriname', es: 'Suriname', ru: 'Суринам', zh: '苏里南', ar: 'سورينام' }, [
    'Surinam',
  ]),
  state('SWE', 'SE', { en: 'Sweden', fr: 'Suède', es: 'Suecia', ru: 'Швеция', zh: '瑞典', ar: 'السويد' }, [
    'Schweden',
  ]),
  state('CHE', 'CH', { en: 'Switzerland', fr: 'Suisse', es: 'Suiza', ru: 'Швейцария', zh: '瑞士', ar: 'سويسرا' }, [
    'Schweiz',
  ]),
  state('SYR', 'SY', { en: 'Syrian Arab Republic', fr: 'République arabe syrienne', es: 'República Árabe Siria', ru: 'Сирийская Арабская Республика', zh: '阿拉伯叙利亚共和国', ar: 'الجمهورية العربية السورية' }, [
    'Syria', 'Syrie', 'Siria', 'Сирия', '叙利亚', 'سوريا', 'Syrien',
  ]),
  state('TJK', 'TJ', { en: 'Tajikistan', fr: 'Tadjikistan', es: 'Tayikistán', ru: 'Таджикистан', zh: '塔吉克斯坦', ar: 'طاجيكستان' }, [
    'Tadschikistan',
  ]),
  state('THA', 'TH', { en: 'Thailand', fr: 'Thaïlande', es: 'Tailandia', ru: 'Таиланд', zh: '泰国', ar: 'تايلند' }, [
    'تايلاند',
  ]),
  state('TLS', 'TL', { en: 'Timor-Leste', fr: 'Timor-Leste', es: 'Timor-Leste', ru: 'Тимор-Лешти', zh: '东帝汶', ar: 'تيمور- ليشتي' }, [
    'East Timor', 'Timor oriental', 'Восточный Тимор',
  ]),
  state('TGO', 'TG', { en: 'Togo', fr: 'Togo', es: 'Togo', ru: 'Того', zh: '多哥', ar: 'توغو' }),
  state('TON', 'TO', { en: 'Tonga', fr: 'Tonga', es: 'Tonga', ru: 'Тонга', zh: '汤加', ar: 'تونغا' }),
  state('TTO', 'TT', { en: 'Trinidad and Tobago', fr: 'Trinité-et-Tobago', es: 'Trinidad y Tabago', ru: 'Тринидад и Тобаго', zh: '特立尼达和多巴哥', ar: 'ترينيداد وتوباغو' }, [
    'Trinidad', 'Trinidad & Tobago', 'Trinidad y Tobago', 'Trinidad und Tobago',
  ]),
  state('TUN', 'TN', { en: 'Tunisia', fr: 'Tunisie', es: 'Túnez', ru: 'Тунис', zh: '突尼斯', ar: 'تونس' }, [
    'Tunesien',
  ]),
  state('TUR', 'TR', { en: 'Türkiye', fr: 'Türkiye', es: 'Türkiye', ru: 'Турция', zh: '土耳其', ar: 'تركيا' }, [
    'Turkey', 'Republic of Türkiye', 'Turquie', 'Turquía', 'Türkei',
  ]),
  state('TKM', 'TM', { en: 'Turkmenistan', fr: 'Turkménistan', es: 'Turkmenistán', ru: 'Туркменистан', zh: '土库曼斯坦', ar: 'تركمانستان' }),
  state('TUV', 'TV', { en: 'Tuvalu', fr: 'Tuvalu', es: 'Tuvalu', ru: 'Тувалу', zh: '图瓦卢', ar: 'توفالو' }),
  state('UGA', 'UG', { en: 'Uganda', fr: 'Ouganda', es: 'Uganda', ru: 'Уганда', zh: '乌干达', ar: 'أوغندا' }),
  state('UKR', 'UA', { en: 'Ukraine', fr: 'Ukraine', es: 'Ucrania', ru: 'Украина', zh: '乌克兰', ar: 'أوكرانيا' }),
  state('ARE', 'AE', { en: 'United Arab Emirates', fr: 'Émirats arabes unis', es: 'Emiratos Árabes Unidos', ru: 'Объединенные Арабские Эмираты', zh: '阿拉伯联合酋长国', ar: 'الإمارات العربية المتحدة' }, [
    'UAE', 'Emirates', 'EAU', 'ОАЭ', 'Vereinigte Arabische Emirate',
  ]),
  state('GBR', 'GB', { en: 'United Kingdom of Great Britain and Northern Ireland', fr: "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", es: 'Reino Unido de Gran Bretaña e Irlanda del Norte', ru: 'Соединенное Королевство Великобритании и Северной Ирландии', zh: '大不列颠及北爱尔兰联合王国', ar: 'المملكة المتحدة لبريطانيا العظمى وآيرلندا الشمالية' }, [
    'UK', 'United Kingdom', 'Britain', 'Great Britain', 'Royaume-Uni', 'Reino Unido', 'Великобритания', '英国', 'المملكة المتحدة', 'Vereinigtes Königreich',
  ]),
  state('TZA', 'TZ', { en: 'United Republic of Tanzania', fr: 'République-Unie de Tanzanie', es: 'República Unida de Tanzanía', ru: 'Объединенная Республика Танзания', zh: '坦桑尼亚联合共和国', ar: 'جمهورية تنزانيا المتحدة' }, [
    'Tanzania', 'Tanzanie', 'Танзания', '坦桑尼亚', 'تنزانيا', 'Tansania',
  ]),
  state('USA', 'US', { en: 'United States of America', fr: "États-Unis d'Amérique", es: 'Estados Unidos de América', ru: 'Соединенные Штаты Америки', zh: '美利坚合众国', ar: 'الولايات المتحدة الأمريكية' }, [
    'USA', 'US', 'United States', 'America', 'États-Unis', 'EE. UU.', 'Estados Unidos', 'США', '美国', 'Соединенные Штаты', 'الولايات المتحدة', 'Vereinigte Staaten',
  ]),
  state('URY', 'UY', { en: 'Uruguay', fr: 'Uruguay', es: 'Uruguay', ru: 'Уругвай', zh: '乌拉圭', ar: 'أوروغواي' }, [
    'أورغواي',
  ]),
  state('UZB', 'UZ', { en: 'Uzbekistan', fr: 'Ouzbékistan', es: 'Uzbekistán', ru: 'Узбекистан', zh: '乌兹别克斯坦', ar: 'أوزبكستان' }, [
    'Usbekistan',
  ]),
  state('VUT', 'VU', { en: 'Vanuatu', fr: 'Vanuatu', es: 'Vanuatu', ru: 'Вануату', zh: '瓦努阿图', ar: 'فانواتو' }),
  state('VEN', 'VE', { en: 'Venezuela (Bolivarian Republic of)', fr: 'Venezuela (République bolivarienne du)', es: 'Venezuela (República Bolivariana de)', ru: 'Венесуэла (Боливарианская Республика)', zh: '委内瑞拉（玻利瓦尔共和国）', ar: 'فنزويلا (جمهورية - البوليفارية)' }, [
    'Bolivarian Republic of Venezuela', 'Venezuela', 'Венесуэла', '委内瑞拉', 'فنزويلا',
  ]),
  state('VNM', 'VN', { en: 'Viet Nam', fr: 'Viet Nam', es: 'Viet Nam', ru: 'Вьетнам', zh: '越南', ar: 'فييت نام' }, [
    'Socialist Republic of Viet Nam', 'فيتنام',
  ]),
  state('YEM', 'YE', { en: 'Yemen', fr: 'Yémen', es: 'Yemen', ru: 'Йемен', zh: '也门', ar: 'اليمن' }, [
    'Jemen',
  ]),
  state('ZMB', 'ZM', { en: 'Zambia', fr: 'Zambie', es: 'Zambia', ru: 'Замбия', zh: '赞比亚', ar: 'زامبيا' }, [
    'Sambia',
  ]),
  state('ZWE', 'ZW', { en: 'Zimbabwe', fr: 'Zimbabwe', es: 'Zimbabwe', ru: 'Зимбабве', zh: '津巴布韦', ar: 'زمبابوي' }, [
    'Zimbabue', 'زيمبابوي', 'Simbabwe',
  ]),
  observerState('PSE', 'PS', { en: 'State of Palestine', fr: 'État de Palestine', es: 'Estado de Palestina', ru: 'Государство Палестина', zh: '巴勒斯坦国', ar: 'دولة فلسطين' }, [
    'Palestine', 'Palestina', 'Палестина', 'فلسطين', 'Palestinian Authority', 'Palestinian Territories', 'Territoires palestiniens', 'Territorios Palestinos', 'Палестинские территории', '巴勒斯坦领土', 'الأراضي الفلسطينية', 'Palästinensische Autonomiegebiete',
  ]),
]);
