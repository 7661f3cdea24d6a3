// UN Member and observer States A to L, by UN English short name.
// names: the UN short names (UNTERM) in the six official languages; aliases: what observers type instead
// (common short forms, former names, and the CLDR names in the six languages and German, since Vienna-based
// observers often write German).
import { observerState, state } from './define';
import type { StateEntity } from '../types';

export const STATES_A_L: readonly StateEntity[] = Object.freeze([
  state('AFG', 'AF', { en: 'Afghanistan', fr: 'Afghanistan', es: 'Afganistán', ru: 'Афганистан', zh: '阿富汗', ar: 'أفغانستان' }, [
    'Islamic Republic of Afghanistan',
  ]),
  state('ALB', 'AL', { en: 'Albania', fr: 'Albanie', es: 'Albania', ru: 'Албания', zh: '阿尔巴尼亚', ar: 'ألبانيا' }, [
    'Albanien',
  ]),
  state('DZA', 'DZ', { en: 'Algeria', fr: 'Algérie', es: 'Argelia', ru: 'Алжир', zh: '阿尔及利亚', ar: 'الجزائر' }, [
    'Algerien',
  ]),
  state('AND', 'AD', { en: 'Andorra', fr: 'Andorre', es: 'Andorra', ru: 'Андорра', zh: '安道尔', ar: 'أندورا' }),
  state('AGO', 'AO', { en: 'Angola', fr: 'Angola', es: 'Angola', ru: 'Ангола', zh: '安哥拉', ar: 'أنغولا' }),
  state('ATG', 'AG', { en: 'Antigua and Barbuda', fr: 'Antigua-et-Barbuda', es: 'Antigua y Barbuda', ru: 'Антигуа и Барбуда', zh: '安提瓜和巴布达', ar: 'أنتيغوا وبربودا' }, [
    'Antigua', 'Antigua & Barbuda', 'Antigua und Barbuda',
  ]),
  state('ARG', 'AR', { en: 'Argentina', fr: 'Argentine', es: 'Argentina', ru: 'Аргентина', zh: '阿根廷', ar: 'الأرجنتين' }, [
    'Argentinien',
  ]),
  state('ARM', 'AM', { en: 'Armenia', fr: 'Arménie', es: 'Armenia', ru: 'Армения', zh: '亚美尼亚', ar: 'أرمينيا' }, [
    'Armenien',
  ]),
  state('AUS', 'AU', { en: 'Australia', fr: 'Australie', es: 'Australia', ru: 'Австралия', zh: '澳大利亚', ar: 'أستراليا' }, [
    'AU', 'Australien',
  ]),
  state('AUT', 'AT', { en: 'Austria', fr: 'Autriche', es: 'Austria', ru: 'Австрия', zh: '奥地利', ar: 'النمسا' }, [
    'Österreich',
  ]),
  state('AZE', 'AZ', { en: 'Azerbaijan', fr: 'Azerbaïdjan', es: 'Azerbaiyán', ru: 'Азербайджан', zh: '阿塞拜疆', ar: 'أذربيجان' }, [
    'Aserbaidschan',
  ]),
  state('BHS', 'BS', { en: 'Bahamas', fr: 'Bahamas', es: 'Bahamas', ru: 'Багамские Острова', zh: '巴哈马', ar: 'جزر البهاما' }, [
    'The Bahamas', 'Багамы',
  ]),
  state('BHR', 'BH', { en: 'Bahrain', fr: 'Bahreïn', es: 'Bahrein', ru: 'Бахрейн', zh: '巴林', ar: 'البحرين' }, [
    'Baréin',
  ]),
  state('BGD', 'BD', { en: 'Bangladesh', fr: 'Bangladesh', es: 'Bangladesh', ru: 'Бангладеш', zh: '孟加拉国', ar: 'بنغلاديش' }, [
    'Bangladés', 'Bangladesch',
  ]),
  state('BRB', 'BB', { en: 'Barbados', fr: 'Barbade', es: 'Barbados', ru: 'Барбадос', zh: '巴巴多斯', ar: 'بربادوس' }),
  state('BLR', 'BY', { en: 'Belarus', fr: 'Bélarus', es: 'Belarús', ru: 'Беларусь', zh: '白俄罗斯', ar: 'بيلاروس' }, [
    'Byelorussia', 'Biélorussie', 'Bielorrusia', 'Белоруссия',
  ]),
  state('BEL', 'BE', { en: 'Belgium', fr: 'Belgique', es: 'Bélgica', ru: 'Бельгия', zh: '比利时', ar: 'بلجيكا' }, [
    'Belgien',
  ]),
  state('BLZ', 'BZ', { en: 'Belize', fr: 'Belize', es: 'Belice', ru: 'Белиз', zh: '伯利兹', ar: 'بليز' }),
  state('BEN', 'BJ', { en: 'Benin', fr: 'Bénin', es: 'Benin', ru: 'Бенин', zh: '贝宁', ar: 'بنن' }, [
    'بنين',
  ]),
  state('BTN', 'BT', { en: 'Bhutan', fr: 'Bhoutan', es: 'Bhután', ru: 'Бутан', zh: '不丹', ar: 'بوتان' }, [
    'Bután',
  ]),
  state('BOL', 'BO', { en: 'Bolivia (Plurinational State of)', fr: 'Bolivie (État plurinational de)', es: 'Bolivia (Estado Plurinacional de)', ru: 'Боливия (Многонациональное Государство)', zh: '玻利维亚（多民族国）', ar: 'بوليفيا (دولة - المتعددة القوميات)' }, [
    'Plurinational State of Bolivia', 'Bolivia', 'Bolivie', 'Боливия', '玻利维亚', 'بوليفيا', 'Bolivien',
  ]),
  state('BIH', 'BA', { en: 'Bosnia and Herzegovina', fr: 'Bosnie-Herzégovine', es: 'Bosnia y Herzegovina', ru: 'Босния и Герцеговина', zh: '波斯尼亚和黑塞哥维那', ar: 'البوسنة والهرسك' }, [
    'Bosnia', 'BiH', 'Bosnia-Herzegovina', 'Bosnien und Herzegowina',
  ]),
  state('BWA', 'BW', { en: 'Botswana', fr: 'Botswana', es: 'Botswana', ru: 'Ботсвана', zh: '博茨瓦纳', ar: 'بوتسوانا' }, [
    'Botsuana',
  ]),
  state('BRA', 'BR', { en: 'Brazil', fr: 'Brésil', es: 'Brasil', ru: 'Бразилия', zh: '巴西', ar: 'البرازيل' }, [
    'Brasilien',
  ]),
  state('BRN', 'BN', { en: 'Brunei Darussalam', fr: 'Brunéi Darussalam', es: 'Brunei Darussalam', ru: 'Бруней-Даруссалам', zh: '文莱达鲁萨兰国', ar: 'بروني دار السلام' }, [
    'Brunei', 'Бруней', '文莱', 'بروناي',
  ]),
  state('BGR', 'BG', { en: 'Bulgaria', fr: 'Bulgarie', es: 'Bulgaria', ru: 'Болгария', zh: '保加利亚', ar: 'بلغاريا' }, [
    'Bulgarien',
  ]),
  state('BFA', 'BF', { en: 'Burkina Faso', fr: 'Burkina Faso', es: 'Burkina Faso', ru: 'Буркина-Фасо', zh: '布基纳法索', ar: 'بوركينا فاسو' }, [
    'Burkina',
  ]),
  state('BDI', 'BI', { en: 'Burundi', fr: 'Burundi', es: 'Burundi', ru: 'Бурунди', zh: '布隆迪', ar: 'بوروندي' }),
  state('CPV', 'CV', { en: 'Cabo Verde', fr: 'Cabo Verde', es: 'Cabo Verde', ru: 'Кабо-Верде', zh: '佛得角', ar: 'كابو فيردي' }, [
    'Cape Verde', 'Cap-Vert', 'الرأس الأخضر',
  ]),
  state('KHM', 'KH', { en: 'Cambodia', fr: 'Cambodge', es: 'Camboya', ru: 'Камбоджа', zh: '柬埔寨', ar: 'كمبوديا' }, [
    'Kambodscha',
  ]),
  state('CMR', 'CM', { en: 'Cameroon', fr: 'Cameroun', es: 'Camerún', ru: 'Камерун', zh: '喀麦隆', ar: 'الكاميرون' }, [
    'Kamerun',
  ]),
  state('CAN', 'CA', { en: 'Canada', fr: 'Canada', es: 'Canadá', ru: 'Канада', zh: '加拿大', ar: 'كندا' }, [
    'Kanada',
  ]),
  state('CAF', 'CF', { en: 'Central African Republic', fr: 'République centrafricaine', es: 'República Centroafricana', ru: 'Центральноафриканская Республика', zh: '中非共和国', ar: 'جمهورية أفريقيا الوسطى' }, [
    'CAR', 'Centrafrique', 'Zentralafrikanische Republik',
  ]),
  state('TCD', 'TD', { en: 'Chad', fr: 'Tchad', es: 'Chad', ru: 'Чад', zh: '乍得', ar: 'تشاد' }, [
    'Tschad',
  ]),
  state('CHL', 'CL', { en: 'Chile', fr: 'Chili', es: 'Chile', ru: 'Чили', zh: '智利', ar: 'شيلي' }, [
    'تشيلي',
  ]),
  state('CHN', 'CN', { en: 'China', fr: 'Chine', es: 'China', ru: 'Китай', zh: '中国', ar: 'الصين' }, [
    'PRC', "People's Republic of China", 'P.R. China',
  ]),
  state('COL', 'CO', { en: 'Colombia', fr: 'Colombie', es: 'Colombia', ru: 'Колумбия', zh: '哥伦比亚', ar: 'كولومبيا' }, [
    'Kolumbien',
  ]),
  state('COM', 'KM', { en: 'Comoros', fr: 'Comores', es: 'Comoras', ru: 'Коморские Острова', zh: '科摩罗', ar: 'جزر القمر' }, [
    'Коморы', 'Komoren',
  ]),
  state('COG', 'CG', { en: 'Congo', fr: 'Congo', es: 'Congo', ru: 'Конго', zh: '刚果', ar: 'الكونغو' }, [
    'Republic of the Congo', 'Republic of Congo', 'Congo-Brazzaville', 'Конго - Браззавиль', '刚果（布）', 'الكونغو - برازافيل', 'Kongo-Brazzaville',
  ]),
  state('CRI', 'CR', { en: 'Costa Rica', fr: 'Costa Rica', es: 'Costa Rica', ru: 'Коста-Рика', zh: '哥斯达黎加', ar: 'كوستاريكا' }),
  state('CIV', 'CI', { en: "Côte d'Ivoire", fr: "Côte d'Ivoire", es: "Côte d'Ivoire", ru: "Кот-д'Ивуар", zh: '科特迪瓦', ar: 'كوت ديفوار' }, [
    'Ivory Coast', 'Elfenbeinküste', 'ساحل العاج',
  ]),
  state('HRV', 'HR', { en: 'Croatia', fr: 'Croatie', es: 'Croacia', ru: 'Хорватия', zh: '克罗地亚', ar: 'كرواتيا' }, [
    'Kroatien',
  ]),
  state('CUB', 'CU', { en: 'Cuba', fr: 'Cuba', es: 'Cuba', ru: 'Куба', zh: '古巴', ar: 'كوبا' }, [
    'Kuba',
  ]),
  state('CYP', 'CY', { en: 'Cyprus', fr: 'Chypre', es: 'Chipre', ru: 'Кипр', zh: '塞浦路斯', ar: 'قبرص' }, [
    'Zypern',
  ]),
  state('CZE', 'CZ', { en: 'Czechia', fr: 'Tchéquie', es: 'Chequia', ru: 'Чехия', zh: '捷克', ar: 'تشيكيا' }, [
    'Czech Republic', 'République tchèque', 'República Checa', 'Чешская Республика', '捷克共和国', 'الجمهورية التشيكية', 'التشيك', 'Tschechien',
  ]),
  state('PRK', 'KP', { en: "Democratic People's Republic of Korea", fr: 'République populaire démocratique de Corée', es: 'República Popular Democrática de Corea', ru: 'Корейская Народно-Демократическая Республика', zh: '朝鲜民主主义人民共和国', ar: 'جمهورية كوريا الشعبية الديمقراطية' }, [
    'North Korea', 'DPRK', 'Corée du Nord', 'Corea del Norte', 'КНДР', '朝鲜', 'كوريا الشمالية', 'Nordkorea',
  ]),
  state('COD', 'CD', { en: 'Democratic Republic of the Congo', fr: 'République démocratique du Congo', es: 'República Democrática del Congo', ru: 'Демократическая Республика Конго', zh: '刚果民主共和国', ar: 'جمهورية الكونغو الديمقراطية' }, [
    'DRC', 'DR Congo', 'DR of Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa', 'RDC', 'RD Congo', 'RD del Congo', 'Конго - Киншаса', '刚果（金）', 'الكونغو - كينشاسا', 'Kongo-Kinshasa',
  ]),
  state('DNK', 'DK', { en: 'Denmark', fr: 'Danemark', es: 'Dinamarca', ru: 'Дания', zh: '丹麦', ar: 'الدانمرك' }),
  state('DJI', 'DJ', { en: 'Djibouti', fr: 'Djibouti', es: 'Djibouti', ru: 'Джибути', zh: '吉布提', ar: 'جيبوتي' }, [
    'Yibuti', 'Dschibuti',
  ]),
  state('DMA', 'DM', { en: 'Dominica', fr: 'Dominique', es: 'Dominica', ru: 'Доминика', zh: '多米尼克', ar: 'دومينيكا' }, [
    'Dominican', 'Commonwealth of Dominica',
  ]),
  state('DOM', 'DO', { en: 'Dominican Republic', fr: 'République dominicaine', es: 'República Dominicana', ru: 'Доминиканская Республика', zh: '多米尼加', ar: 'الجمهورية الدومينيكية' }, [
    'Dominican', 'Dominican Rep.', '多米尼加共和国', 'جمهورية الدومينيكان', 'Dominikanische Republik',
  ]),
  state('ECU', 'EC', { en: 'Ecuador', fr: 'Équateur', es: 'Ecuador', ru: 'Эквадор', zh: '厄瓜多尔', ar: 'إكوادور' }, [
    'الإكوادور',
  ]),
  state('EGY', 'EG', { en: 'Egypt', fr: 'Égypte', es: 'Egipto', ru: 'Египет', zh: '埃及', ar: 'مصر' }, [
    'Ägypten',
  ]),
  state('SLV', 'SV', { en: 'El Salvador', fr: 'El Salvador', es: 'El Salvador', ru: 'Сальвадор', zh: '萨尔瓦多', ar: 'السلفادور' }, [
    'Salvador',
  ]),
  state('GNQ', 'GQ', { en: 'Equatorial Guinea', fr: 'Guinée équatoriale', es: 'Guinea Ecuatorial', ru: 'Экваториальная Гвинея', zh: '赤道几内亚', ar: 'غينيا الاستوائية' }, [
    'Äquatorialguinea',
  ]),
  state('ERI', 'ER', { en: 'Eritrea', fr: 'Érythrée', es: 'Eritrea', ru: 'Эритрея', zh: '厄立特里亚', ar: 'إريتريا' }),
  state('EST', 'EE', { en: 'Estonia', fr: 'Estonie', es: 'Estonia', ru: 'Эстония', zh: '爱沙尼亚', ar: 'إستونيا' }, [
    'Estland',
  ]),
  state('SWZ', 'SZ', { en: 'Eswatini', fr: 'Eswatini', es: 'Eswatini', ru: 'Эсватини', zh: '斯威士兰', ar: 'إسواتيني' }, [
    'Swaziland', 'Suazilandia', 'Свазиленд', 'Kingdom of Eswatini', 'Esuatini',
  ]),
  state('ETH', 'ET', { en: 'Ethiopia', fr: 'Éthiopie', es: 'Etiopía', ru: 'Эфиопия', zh: '埃塞俄比亚', ar: 'إثيوبيا' }, [
    'Äthiopien',
  ]),
  state('FJI', 'FJ', { en: 'Fiji', fr: 'Fidji', es: 'Fiji', ru: 'Фиджи', zh: '斐济', ar: 'فيجي' }, [
    'Fiyi', 'Fidschi',
  ]),
  state('FIN', 'FI', { en: 'Finland', fr: 'Finlande', es: 'Finlandia', ru: 'Финляндия', zh: '芬兰', ar: 'فنلندا' }, [
    'Finnland',
  ]),
  state('FRA', 'FR', { en: 'France', fr: 'France', es: 'Francia', ru: 'Франция', zh: '法国', ar: 'فرنسا' }, [
    'Frankreich',
  ]),
  state('GAB', 'GA', { en: 'Gabon', fr: 'Gabon', es: 'Gabón', ru: 'Габон', zh: '加蓬', ar: 'غابون' }, [
    'الغابون', 'Gabun',
  ]),
  state('GMB', 'GM', { en: 'Gambia', fr: 'Gambie', es: 'Gambia', ru: 'Гамбия', zh: '冈比亚', ar: 'غامبيا' }, [
    'The Gambia',
  ]),
  state('GEO', 'GE', { en: 'Georgia', fr: 'Géorgie', es: 'Georgia', ru: 'Грузия', zh: '格鲁吉亚', ar: 'جورجيا' }, [
    'Georgien',
  ]),
  state('DEU', 'DE', { en: 'Germany', fr: 'Allemagne', es: 'Alemania', ru: 'Германия', zh: '德国', ar: 'ألمانيا' }, [
    'Deutschland', 'Federal Republic of Germany', 'FRG',
  ]),
  state('GHA', 'GH', { en: 'Ghana', fr: 'Ghana', es: 'Ghana', ru: 'Гана', zh: '加纳', ar: 'غانا' }),
  state('GRC', 'GR', { en: 'Greece', fr: 'Grèce', es: 'Grecia', ru: 'Греция', zh: '希腊', ar: 'اليونان' }, [
    'Griechenland',
  ]),
  state('GRD', 'GD', { en: 'Grenada', fr: 'Grenade', es: 'Granada', ru: 'Гренада', zh: '格林纳达', ar: 'غرينادا' }),
  state('GTM', 'GT', { en: 'Guatemala', fr: 'Guatemala', es: 'Guatemala', ru: 'Гватемала', zh: '危地马拉', ar: 'غواتيمالا' }),
  state('GIN', 'GN', { en: 'Guinea', fr: 'Guinée', es: 'Guinea', ru: 'Гвинея', zh: '几内亚', ar: 'غينيا' }),
  state('GNB', 'GW', { en: 'Guinea-Bissau', fr: 'Guinée-Bissau', es: 'Guinea-Bissau', ru: 'Гвинея-Бисау', zh: '几内亚比绍', ar: 'غينيا - بيساو' }, [
    'Guinea-Bisáu',
  ]),
  state('GUY', 'GY', { en: 'Guyana', fr: 'Guyana', es: 'Guyana', ru: 'Гайана', zh: '圭亚那', ar: 'غيانا' }),
  state('HTI', 'HT', { en: 'Haiti', fr: 'Haïti', es: 'Haití', ru: 'Гаити', zh: '海地', ar: 'هايتي' }),
  state('HND', 'HN', { en: 'Honduras', fr: 'Honduras', es: 'Honduras', ru: 'Гондурас', zh: '洪都拉斯', ar: 'هندوراس' }),
  state('HUN', 'HU', { en: 'Hungary', fr: 'Hongrie', es: 'Hungría', ru: 'Венгрия', zh: '匈牙利', ar: 'هنغاريا' }, [
    'Ungarn',
  ]),
  state('ISL', 'IS', { en: 'Iceland', fr: 'Islande', es: 'Islandia', ru: 'Исландия', zh: '冰岛', ar: 'آيسلندا' }, [
    'Island',
  ]),
  state('IND', 'IN', { en: 'India', fr: 'Inde', es: 'India', ru: 'Индия', zh: '印度', ar: 'الهند' }, [
    'Indien',
  ]),
  state('IDN', 'ID', { en: 'Indonesia', fr: 'Indonésie', es: 'Indonesia', ru: 'Индонезия', zh: '印度尼西亚', ar: 'إندونيسيا' }, [
    'Indonesien',
  ]),
  state('IRN', 'IR', { en: 'Iran (Islamic Republic of)', fr: "Iran (République islamique d')", es: 'Irán (República Islámica del)', ru: 'Иран (Исламская Республика)', zh: '伊朗（伊斯兰共和国）', ar: 'إيران (جمهورية - الإسلامية)' }, [
    'Islamic Republic of Iran', 'Iran', 'Иран', '伊朗', 'إيران',
  ]),
  state('IRQ', 'IQ', { en: 'Iraq', fr: 'Iraq', es: 'Iraq', ru: 'Ирак', zh: '伊拉克', ar: 'العراق' }, [
    'Irak',
  ]),
  state('IRL', 'IE', { en: 'Ireland', fr: 'Irlande', es: 'Irlanda', ru: 'Ирландия', zh: '爱尔兰', ar: 'آيرلندا' }, [
    'Irland',
  ]),
  state('ISR', 'IL', { en: 'Israel', fr: 'Israël', es: 'Israel', ru: 'Израиль', zh: '以色列', ar: 'إسرائيل' }),
  state('ITA', 'IT', { en: 'Italy', fr: 'Italie', es: 'Italia', ru: 'Италия', zh: '意大利', ar: 'إيطاليا' }, [
    'Italien',
  ]),
  state('JAM', 'JM', { en: 'Jamaica', fr: 'Jamaïque', es: 'Jamaica', ru: 'Ямайка', zh: '牙买加', ar: 'جامايكا' }, [
    'Jamaika',
  ]),
  state('JPN', 'JP', { en: 'Japan', fr: 'Japon', es: 'Japón', ru: 'Япония', zh: '日本', ar: 'اليابان' }),
  state('JOR', 'JO', { en: 'Jordan', fr: 'Jordanie', es: 'Jordania', ru: 'Иордания', zh: '约旦', ar: 'الأردن' }, [
    'Jordanien',
  ]),
  state('KAZ', 'KZ', { en: 'Kazakhstan', fr: 'Kazakhstan', es: 'Kazajstán', ru: 'Казахстан', zh: '哈萨克斯坦', ar: 'كازاخستان' }, [
    'Kazajistán', 'Kasachstan',
  ]),
  state('KEN', 'KE', { en: 'Kenya', fr: 'Kenya', es: 'Kenya', ru: 'Кения', zh: '肯尼亚', ar: 'كينيا' }, [
    'Kenia',
  ]),
  state('KIR', 'KI', { en: 'Kiribati', fr: 'Kiribati', es: 'Kiribati', ru: 'Кирибати', zh: '基里巴斯', ar: 'كيريباس' }, [
    'كيريباتي',
  ]),
  state('KWT', 'KW', { en: 'Kuwait', fr: 'Koweït', es: 'Kuwait', ru: 'Кувейт', zh: '科威特', ar: 'الكويت' }),
  state('KGZ', 'KG', { en: 'Kyrgyzstan', fr: 'Kirghizistan', es: 'Kirguistán', ru: 'Кыргызстан', zh: '吉尔吉斯斯坦', ar: 'قيرغيزستان' }, [
    'Kyrgyz Republic', 'Kirghizia', 'Kirghizstan', 'Киргизия', 'Kirgisistan',
  ]),
  state('LAO', 'LA', { en: "Lao People's Democratic Republic", fr: 'République démocratique populaire lao', es: 'República Democrática Popular Lao', ru: 'Лаосская Народно-Демократическая Республика', zh: '老挝人民民主共和国', ar: 'جمهورية لاو الديمقراطية الشعبية' }, [
    'Laos', 'Lao PDR', 'Lao', 'Лаос', '老挝', 'لاوس',
  ]),
  state('LVA', 'LV', { en: 'Latvia', fr: 'Lettonie', es: 'Letonia', ru: 'Латвия', zh: '拉脱维亚', ar: 'لاتفيا' }, [
    'Lettland',
  ]),
  state('LBN', 'LB', { en: 'Lebanon', fr: 'Liban', es: 'Líbano', ru: 'Ливан', zh: '黎巴嫩', ar: 'لبنان' }, [
    'Libanon',
  ]),
  state('LSO', 'LS', { en: 'Lesotho', fr: 'Lesotho', es: 'Lesotho', ru: 'Лесото', zh: '莱索托', ar: 'ليسوتو' }, [
    'Lesoto',
  ]),
  state('LBR', 'LR', { en: 'Liberia', fr: 'Libéria', es: 'Liberia', ru: 'Либерия', zh: '利比里亚', ar: 'ليبريا' }, [
    'ليبيريا',
  ]),
  state('LBY', 'LY', { en: 'Libya', fr: 'Libye', es: 'Libia', ru: 'Ливия', zh: '利比亚', ar: 'ليبيا' }, [
    'Libyen',
  ]),
  state('LIE', 'LI', { en: 'Liechtenstein', fr: 'Liechtenstein', es: 'Liechtenstein', ru: 'Лихтенштейн', zh: '列支敦士登', ar: 'ليختنشتاين' }),
  state('LTU', 'LT', { en: 'Lithuania', fr: 'Lituanie', es: 'Lituania', ru: 'Литва', zh: '立陶宛', ar: 'ليتوانيا' }, [
    'Litauen',
  ]),
  state('LUX', 'LU', { en: 'Luxembourg', fr: 'Luxembourg', es: 'Luxemburgo', ru: 'Люксембург', zh: '卢森堡', ar: 'لكسمبرغ' }, [
    'لوكسمبورغ', 'Luxemburg',
  ]),
  observerState('VAT', 'VA', { en: 'Holy See', fr: 'Saint-Siège', es: 'Santa Sede', ru: 'Святой Престол', zh: '教廷', ar: 'الكرسي الرسولي' }, [
    'Vatican', 'Vatican City', 'Holy See (Vatican)', 'Vaticano', 'Ватикан', 'Cité du Vatican', 'État de la Cité du Vatican', 'Ciudad del Vaticano', '梵蒂冈', 'الفاتيكان', 'Vatikanstadt',
  ]),
]);
