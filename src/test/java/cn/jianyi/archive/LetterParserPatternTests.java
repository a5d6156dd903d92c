package cn.jianyi.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parser's patterns on small synthetic letters, each in ASCII-folded and in full-width punctuation: dates,
 * document numbers, class marks, meetings, salutations, contacts, copies, publicity, satisfaction, furniture and
 * traditional characters.
 */
class LetterParserPatternTests {

    private final LetterParser parser = new LetterParser();

    /** A plain letter around the given lines: title, salutation, opening, then the lines, then signature and date. */
    private static String letter(String top, String title, String salutation, String bottom) {
        return String.join("\n", top, title, salutation, "您提出的关于修建道路的建议收悉,现答复如下:",
                "我局高度重视,2021年12月30日已安排资金,感谢您的关心和支持。", bottom);
    }

    private ParsedLetter parse(String text, boolean fullWidth) {
        String variant = fullWidth ? text.replace(':', '：').replace(',', '，').replace('(', '（')
                .replace(')', '）') : text;
        return parser.parse(new LetterText("test.txt", "txt", variant));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void readsAPlainSuggestionReply(boolean fullWidth) {
        ParsedLetter parsed = parse(letter("某某县交通运输局\n某交函〔2023〕12号",
                "关于县十九届人大二次会议第37号建议的答复", "尊敬的张三代表:",
                "某某县交通运输局\n2023年6月29日\n联系人:李四 联系电话:0871-6778517\n抄送:县人大常委会选工委、县政府督查室。"),
                fullWidth);
        assertThat(parsed.kind().value()).isEqualTo(LetterKind.SUGGESTION);
        assertThat(parsed.issuer().value()).isEqualTo("某某县交通运输局");
        assertThat(parsed.issuer().confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(parsed.docNumber().value()).isEqualTo("某交函〔2023〕12号");
        assertThat(parsed.body().value()).isEqualTo("人大");
        assertThat(parsed.level().value()).isEqualTo("县");
        assertThat(parsed.term().value()).isEqualTo(19);
        assertThat(parsed.meeting().value()).isEqualTo(2);
        assertThat(parsed.itemNumber().value()).isEqualTo("37");
        assertThat(parsed.addressees().value()).containsExactly("张三");
        assertThat(parsed.contactPerson().value()).isEqualTo("李四");
        assertThat(parsed.contactPhones().value()).containsExactly("0871-6778517");
        assertThat(parsed.date().value()).isEqualTo("2023-06-29");
        assertThat(parsed.date().confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(parsed.cc().value()).containsExactly("县人大常委会选工委", "县政府督查室");
        assertThat(parsed.classification().value()).isNull();
        assertThat(parsed.publicity().value()).isNull();
        assertThat(parsed.satisfaction().value()).isNull();
        assertThat(parsed.title().value()).isEqualTo("关于县十九届人大二次会议第37号建议的答复");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "二0一七年五月二十六日|2017-05-26",
            "二〇二三年十二月八日|2023-12-08",
            "２０２３年６月２９日|2023-06-29",
            "2023 年 7 月 18 日|2023-07-18",
            "2020824|2020-08-24",
            "20230619|2023-06-19",
            "2023619|2023-06-19",
            "2023年|2023",
            "2023年5月|2023-05",
            "2023111|",
            "2061234|",
            "2023年13月1日|",
            "2023年2月30日|"})
    void readsTheSigningDateInEveryForm(String printed, String expected) {
        ParsedLetter parsed = parse(letter("", "关于市七届人大五次会议第71号建议的答复", "王五代表:",
                "某市卫生健康局\n" + printed), false);
        assertThat(parsed.date().value()).isEqualTo(expected);
        assertThat(parsed.date().confidence()).isBetween(0.0, 1.0);
        if (printed.matches("\\d+")) {
            assertThat(parsed.date().needsReview()).as("a digit run is inferred").isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void takesTheUnitAndDateRunTogetherOnTheContactLine(boolean fullWidth) {
        ParsedLetter parsed = parse(letter("", "關(guān)于對(duì)縣十九屆人大二次會(huì)議第37號(hào)代表建議的答復(fù) |",
                "韓忠國(guó)等代表: 您在縣十九屆人大二次會(huì)議上提出的建議收悉",
                "聯(lián)系人姓名及電話(huà):孫彤 15948410567 永吉縣水利局 2023年"), fullWidth);
        assertThat(parsed.issuer().value()).isEqualTo("永吉縣水利局");
        assertThat(parsed.addressees().value()).containsExactly("韓忠國");
        assertThat(parsed.contactPerson().value()).isEqualTo("孫彤");
        assertThat(parsed.contactPhones().value()).containsExactly("15948410567");
        assertThat(parsed.date().value()).isEqualTo("2023");
        assertThat(parsed.date().needsReview()).isTrue();
        assertThat(parsed.level().value()).isEqualTo("县");
        assertThat(parsed.term().value()).isEqualTo(19);
        assertThat(parsed.itemNumber().value()).isEqualTo("37");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void neverTakesWebsiteFurnitureForTheDateOrIssuer(boolean fullWidth) {
        ParsedLetter parsed = parse(String.join("\n",
                "关于加强垃圾分类工作的建议的答复",
                "来源:某区综合行政执法局 发布时间:2024年9月11日",
                "索引号:11152921011765463Y/2023-01986 发布机构:某区综合行政执法局",
                "成文日期:2018年12月14日",
                "发布机构",
                "某区综合行政执法局",
                "臧青杰委员:",
                "您提出的建议收悉,现回复如下:",
                "我局已增设垃圾桶460个。",
                "感谢您对我局工作的关心与支持。"), fullWidth);
        assertThat(parsed.date().value()).isNull();
        assertThat(parsed.kind().value()).isEqualTo(LetterKind.PROPOSAL);
        assertThat(parsed.body().value()).isEqualTo("政协");
        assertThat(parsed.addressees().value()).containsExactly("臧青杰");
        assertThat(parsed.term().value()).isNull();
        assertThat(parsed.level().value()).isNull();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void neverTakesAFurnitureBlockAboveTheTitleForTheIssuer(boolean fullWidth) {
        ParsedLetter parsed = parse(String.join("\n",
                "发布机构",
                "某区综合行政执法局",
                "发布时间:",
                "2024年9月11日",
                "关于区人大二届四次会议第43号建议的答复",
                "程绮南代表:",
                "您提出的建议收悉,现答复如下:",
                "我局已增设垃圾桶460个。"), fullWidth);
        assertThat(parsed.issuer().value()).isNull();
        assertThat(parsed.date().value()).isNull();
        assertThat(parsed.level().value()).isEqualTo("区");
        assertThat(parsed.itemNumber().value()).isEqualTo("43");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "某交函〔2023〕34号#某交函〔2023〕34号",
            "潼民发【2024】275号#潼民发【2024】275号",
            "某府函﹝2022﹞8号#某府函﹝2022﹞8号",
            "宁交函〔2021〕141号 签发人:姜涛#宁交函〔2021〕141号",
            "湘教提复字〔2019〕来信号B类#湘教提复字〔2019〕来信号",
            "某政文〔2024〕83號#某政文〔2024〕83號",
            "文 号: | 商政文〔2024〕83号 | 所属主题: | 商政文 |#商政文〔2024〕83号",
            "根据国办发〔2019〕15号文件精神,我局已落实。#",
            "发文字号: 成文时间: 2023-12-08#"})
    void readsTheDocumentNumberOnlyWhereItStandsAlone(String line, String expected) {
        ParsedLetter parsed = parse(letter(line, "关于市十七届人大三次会议第182号代表建议的答复函", "朱杰代表:",
                "2023年5月5日"), false);
        assertThat(parsed.docNumber().value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "类 别:B||B",
            "分类:A||A",
            "办理结果:(C)||C",
            "|办复类别:B类|B",
            "某交函〔2023〕5号(B類)||B",
            "C||C",
            "(A)||A",
            "类别:提案||",
            "类别:Ｂ||B",
            "||"})
    void readsTheClassInEveryForm(String top, String bottom, String expected) {
        for (boolean fullWidth : new boolean[] {false, true}) {
            ParsedLetter parsed = parse(letter(top == null ? "" : top, "关于市十七届人大三次会议第182号代表建议的答复函",
                    "朱杰代表:", (bottom == null ? "" : bottom) + "\n2023年5月5日"), fullWidth);
            assertThat(parsed.classification().value()).as(top + " " + bottom).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void readsTheClassAppendedToTheTitle(boolean fullWidth) {
        ParsedLetter parsed = parse(letter("", "关于海南省六届人大五次会议代表建议\n第652042号办理情况的答复(B)",
                "张国胜代表:", "海南省交通运输厅\n2022年6月29日\n(此件主动公开)"), fullWidth);
        assertThat(parsed.classification().value()).isEqualTo("B");
        assertThat(parsed.itemNumber().value()).isEqualTo("652042");
        assertThat(parsed.level().value()).isEqualTo("省");
        assertThat(parsed.publicity().value()).isEqualTo("此件主动公开");
        assertThat(parsed.issuer().value()).isEqualTo("海南省交通运输厅");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "关于市十七届人大三次会议第182号代表建议的答复函|人大|市|17|3|182",
            "关于对政协子洲县第十届委员会第二次会议第14号提案的复函|政协|县|10|2|14",
            "关于区政协十六届第一次会议第201号提案的答复|政协|区|16|1|201",
            "关于对市政协九届四次会议第63号提案的答复|政协|市|9|4|63",
            "关于某县第十七届人民代表大会第次会议代表28号建议的答复|人大|县|17||28",
            "关于广东省第十三届人大四次会议闭会期间第6036号代表建议答复的函|人大|省|13||6036",
            "关于第十三届全国人民代表大会第一次会议第1234号建议的答复|人大|全国|13|1|1234",
            "关于自治区十三届人大二次会议第15号建议的答复|人大|省|13|2|15",
            "关于某某镇第十八届人民代表大会第三次会议第5号建议的答复|人大|乡镇|18|3|5",
            "关于市十五届人大一次会议第温36号建议的答复|人大|市|15|1|温36",
            "关于市十四届人大二次会议温36号建议的答复|人大|市|14|2|温36",
            "关于市十四届人大二次会议提出182号建议的答复|人大|市|14|2|182",
            "关于政协十届三次会议第52号提案的答复|政协||10|3|52",
            "对县政协十届三次会议第来信号提案的答复|政协|县|10|3|",
            "关于市十七届人大三次会议第43、44号建议的答复|人大|市|17|3|",
            "关于区第二届人大常委会第三次会议第12号建议的答复|人大|||||"})
    void readsTheMeetingFromTheTitle(String title, String body, String level, Integer term, Integer meeting,
            String item) {
        for (boolean fullWidth : new boolean[] {false, true}) {
            ParsedLetter parsed = parse(letter("", title, "张三代表:", "2023年5月5日"), fullWidth);
            assertThat(parsed.body().value()).as(title).isEqualTo(body);
            assertThat(parsed.level().value()).as(title).isEqualTo(level);
            assertThat(parsed.term().value()).as(title).isEqualTo(term);
            assertThat(parsed.meeting().value()).as(title).isEqualTo(meeting);
            assertThat(parsed.itemNumber().value()).as(title).isEqualTo(item);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "尊敬的程绮南代表:|程绮南",
            "崔银雷委员:|崔银雷",
            "马青、周丽等委员:|马青,周丽",
            "田凤琴、吴运华、周静委员|田凤琴,吴运华,周静",
            "纪占斌等3名代表:|纪占斌",
            "尊敬的×××代表:|×××",
            "李建道,王清能委员:|李建道,王清能",
            "张三等五位代表:|张三",
            "XXX代表:|XXX",
            "王五代表,您好!|王五"})
    void readsTheAddressees(String salutation, String names) {
        for (boolean fullWidth : new boolean[] {false, true}) {
            ParsedLetter parsed = parse(letter("", "关于市十七届人大三次会议第182号代表建议的答复函", salutation,
                    "2023年5月5日"), fullWidth);
            assertThat(parsed.addressees().value()).as(salutation).containsExactly(names.split(","));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(联系人及电话:张春明 0871-67785176)|张春明|0871-67785176",
            "联系人:陈西平 联系电话:6822773|陈西平|6822773",
            "经 办 人: 王石罗 联系电话: 2261277|王石罗|2261277",
            "联  系 人:布  音|布音|",
            "联系人/电话:苗强伟 /67524680|苗强伟|67524680",
            "联系单位及联系人:海南省交通运输厅综合规划处,潘东;|潘东|",
            "联系单位及电话:区卫健委 83752009|  |83752009",
            "签发人:马文忠|  |",
            "联系电话:13855402597 邮政编码:330100|  |13855402597",
            "(联系人:张淮铭;联系电话:67210092)|张淮铭|67210092",
            "联系人:办公室 赵六同志 电话:0871—67785176|赵六|0871-67785176",
            "联系人:综合股 钱七 (0871)67785176|钱七|(0871)67785176",
            "联系人: 联系电话:6822773|  |6822773",
            "主要签发领导:李兵|  |",
            "我局与县财政局联系协调,争取资金3000000元。|  |",
            "我们将密切联系人民群众,投入资金12345678元。|  |",
            "联系人 张三 电话 6822773|张三|6822773"})
    void readsTheContact(String line, String person, String phone) {
        for (boolean fullWidth : new boolean[] {false, true}) {
            ParsedLetter parsed = parse(letter("", "关于市十七届人大三次会议第182号代表建议的答复函", "朱杰代表:",
                    "2023年5月5日\n" + line), fullWidth);
            assertThat(parsed.contactPerson().value()).as(line).isEqualTo(person == null ? null : person.strip());
            assertThat(parsed.contactPhones().value()).as(line)
                    .isEqualTo(phone == null ? List.of() : List.of(phone));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "抄送:区人大常委会选举任免联络办公室,区政府督查室。|区人大常委会选举任免联络办公室,区政府督查室",
            "抄 送:省人大常委会办公厅、省政府办公厅。|省人大常委会办公厅,省政府办公厅",
            "抄 报:县政府办 县政协提案委 联系单位: 县教育局|县政府办,县政协提案委",
            "抄送:市政府办公室(2份)、市人大选工委(1份)|市政府办公室,市人大选工委",
            "抄送:市人大代表工委,市政府办公室(各1份)|市人大代表工委,市政府办公室"})
    void readsTheCopies(String line, String names) {
        for (boolean fullWidth : new boolean[] {false, true}) {
            ParsedLetter parsed = parse(letter("", "关于市十七届人大三次会议第182号代表建议的答复函", "朱杰代表:",
                    "某市交通运输局\n2023年5月5日\n" + line), fullWidth);
            assertThat(parsed.cc().value()).as(line).containsExactly(names.split(","));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "公开方式: 主动公开|主动公开",
            "(此件公开发布)|此件公开发布",
            "是否同意公开:是|是否同意公开:是",
            "同意公開|同意公開",
            "以上答复您是否满意,如有意见,敬请反馈。|"})
    void readsThePublicityMark(String line, String expected) {
        ParsedLetter parsed = parse(letter("", "关于市十七届人大三次会议第182号代表建议的答复函", "朱杰代表:",
                "某市交通运输局\n2023年5月5日\n" + line), false);
        assertThat(parsed.publicity().value()).as(line).isEqualTo(expected);
        assertThat(parsed.satisfaction().value()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "满意\t<input checked=\"\" type=\"checkbox\"/>\t基本满意\t<input type=\"checkbox\"/>"
                    + "\t不满意\t<input type=\"checkbox\"/>|满意",
            "满意 □ 基本满意 ☑ 不满意 □|基本满意",
            "□满意 ☑基本满意 □不满意|基本满意",
            "☑满意 □基本满意 □不满意|满意",
            "□满意 □基本满意 √不满意|不满意",
            "满意 □ 基本满意 □ 不满意 □|",
            "☑满意 ☑基本满意 □不满意|"})
    void readsTheCheckedSatisfaction(String form, String expected) {
        ParsedLetter parsed = parse(letter("", "关于市十七届人大三次会议第182号代表建议的答复函", "朱杰代表:",
                "某市交通运输局\n2023年5月5日\n附件\n人大代表建议办理情况征询意见表\n代表对办理情况的意见:\n" + form
                        + "\n2024年6月28日"), false);
        assertThat(parsed.satisfaction().value()).as(form).isEqualTo(expected);
        assertThat(parsed.date().value()).as("the form's date is the deputy's").isEqualTo("2023-05-05");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void readsACoHandlingLetterAndTheTitlePrefix(boolean fullWidth) {
        ParsedLetter parsed = parse(String.join("\n",
                "重庆市渝北区城市管理局关于区政协十六届第一次会议第201号提案协办意见的函",
                "双龙湖街道:",
                "区政协第十六届第一次会议提出的建议已转由我局协办。现将协办情况函复如下:",
                "感谢你们的支持。",
                "2022年4月29日",
                "(联系人:张淮铭;联系电话:67210092)"), fullWidth);
        assertThat(parsed.kind().value()).isEqualTo(LetterKind.CO_HANDLING);
        assertThat(parsed.addressees().value()).containsExactly("双龙湖街道");
        assertThat(parsed.issuer().value()).isEqualTo("重庆市渝北区城市管理局");
        assertThat(parsed.level().value()).isEqualTo("区");
        assertThat(parsed.body().value()).isEqualTo("政协");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "某某县民政局文件||某某县民政局",
            "|某某县民政局(盖章)|某某县民政局",
            "|某某县民政局/主要签发领导:李兵|某某县民政局",
            "|我局将继续做好相关工作。|"})
    void readsTheIssuerFromAFileHeaderOrASealedSignature(String top, String signature, String expected) {
        for (boolean fullWidth : new boolean[] {false, true}) {
            ParsedLetter parsed = parse(letter(top == null ? "" : top, "关于政协十届三次会议第52号提案的答复",
                    "马青委员:", (signature == null ? "" : signature.replace('/', '\n')) + "\n2024年6月27日"),
                    fullWidth);
            assertThat(parsed.issuer().value()).as(top + " " + signature).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void readsTheIssuerFromATitlePrefixWith对InsideTheName(boolean fullWidth) {
        ParsedLetter parsed = parse(letter("", "某市对外贸易经济合作局关于市十七届人大三次会议第5号建议的答复",
                "张三代表:", "2023年5月5日"), fullWidth);
        assertThat(parsed.issuer().value()).isEqualTo("某市对外贸易经济合作局");
        assertThat(parsed.itemNumber().value()).isEqualTo("5");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "某某县民政局/2024-06-27|2024-06-27",
            "某某县民政局/2024.6.27|2024-06-27",
            "感谢您的支持。/2024-06-27|",
            "某某县民政局/2024-06-27 10:23|"})
    void readsANumericDateOnlyUnderTheSigningUnit(String bottom, String expected) {
        ParsedLetter parsed = parse(letter("", "关于政协十届三次会议第52号提案的答复", "马青委员:",
                bottom.replace('/', '\n')), false);
        assertThat(parsed.date().value()).as(bottom).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void readsNoDateFromAFeedbackFormAfterTheLetter(boolean fullWidth) {
        ParsedLetter parsed = parse(String.join("\n",
                "关于区人大二届四次会议第43号建议的答复",
                "程绮南代表:",
                "您提出的建议收悉,现答复如下:",
                "我局已落实。",
                "附件:人大代表建议办理情况征询意见表",
                "抄送:区政府督查室",
                "人大代表建议办理情况征询意见表",
                "代表对办理情况的意见:",
                "☑满意 □基本满意 □不满意",
                "建议人签名:程绮南",
                "2024年6月28日"), fullWidth);
        assertThat(parsed.date().value()).isNull();
        assertThat(parsed.satisfaction().value()).isEqualTo("满意");
        assertThat(parsed.cc().value()).containsExactly("区政府督查室");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void readsNoMeetingThatTheBodyOnlyCites(boolean fullWidth) {
        ParsedLetter parsed = parse(String.join("\n",
                "关于加快农村公路建设的建议的答复",
                "张三代表:",
                "您提出的建议收悉,现答复如下:",
                "我局高度重视。",
                "根据省十三届人大一次会议通过的规划,我市将加快建设。",
                "某市交通运输局",
                "2023年5月5日"), fullWidth);
        assertThat(parsed.term().value()).isNull();
        assertThat(parsed.level().value()).isNull();
        assertThat(parsed.kind().value()).isEqualTo(LetterKind.SUGGESTION);
        assertThat(parsed.body().value()).isEqualTo("人大");
        assertThat(parsed.body().needsReview()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void leavesAnUnsignedLetterWithoutIssuerOrDate(boolean fullWidth) {
        ParsedLetter parsed = parse(String.join("\n",
                "关于市十七届人大三次会议第182号代表建议的答复函",
                "尊敬的朱杰代表:",
                "您提出的建议收悉,现答复如下:",
                "我局将继续提质改造农村公路137公里,2023年5月5日前完成招标。",
                "感谢您对我市交通运输事业的关注和支持。"), fullWidth);
        assertThat(parsed.issuer().value()).isNull();
        assertThat(parsed.issuer().confidence()).isBetween(0.0, 1.0);
        assertThat(parsed.date().value()).isNull();
        assertThat(parsed.docNumber().value()).isNull();
        assertThat(parsed.contactPerson().value()).isNull();
        assertThat(parsed.contactPhones().value()).isEmpty();
        assertThat(parsed.cc().value()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void readsAPartialLetterCutAtTheTop(boolean fullWidth) {
        ParsedLetter parsed = parse("第 4 页 共 5 页\n答复如下:我局已落实。\n感谢支持。\n某镇人民政府\n2022年\n", fullWidth);
        assertThat(parsed.issuer().value()).isEqualTo("某镇人民政府");
        assertThat(parsed.issuer().confidence()).isLessThan(0.98);
        assertThat(parsed.date().value()).isEqualTo("2022");
        assertThat(parsed.date().needsReview()).isTrue();
        assertThat(parsed.kind().value()).isNull();
        assertThat(parsed.addressees().value()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\n", "附件", "类别:", "2023年", "抄送:", "联系人:"})
    void parsesFragmentsWithoutValuesItCannotKnow(String text) {
        ParsedLetter parsed = parser.parse(new LetterText("f.txt", "txt", text));
        assertThat(parsed.issuer().value()).isNull();
        assertThat(parsed.addressees().value()).isEmpty();
        assertThat(parsed.cc().value()).isEmpty();
        assertThat(parsed.contactPhones().value()).isEmpty();
        assertThat(parsed.replyText().value()).as("nothing, or the fragment itself").isIn(null, text.strip());
    }

    @Test
    void dropsAWebPageSeparatorAfterTheTitle() {
        ParsedLetter parsed = parser.parse(new LetterText("t.txt", "txt", String.join("\n",
                "關(guān)于對(duì)縣十九屆人大二次會(huì)議第37號(hào)代表建議的答復(fù) |", "", "韓忠國(guó)代表:",
                "您提出的建議收悉,現(xiàn)答復(fù)如下:我局已落實。", "永吉縣水利局", "2023年5月5日")));
        assertThat(parsed.title().value()).isEqualTo("關于對縣十九屆人大二次會議第37號代表建議的答復");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void takesTheReplyBetweenTheSalutationAndTheSignature(boolean fullWidth) {
        ParsedLetter parsed = parse(letter("类别:B\n某县交通运输局", "关于县十八届人大六次会议第17号建议的答复",
                "张三代表:", "某县交通运输局\n2021年9月2日\n联系人:李四 联系电话:6822773"), fullWidth);
        assertThat(parsed.replyText().value()).as("from the opening to the closing thanks")
                .startsWith("您提出的关于修建道路的建议收悉").endsWith("感谢您的关心和支持。")
                .doesNotContain("张三代表", "某县交通运输局", "2021年9月2日", "联系人");
        assertThat(parsed.replyText().needsReview()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void leavesContactsAndTheClosingFormulaOutOfTheReplyAndKeepsAFlattenedOne(boolean fullWidth) {
        ParsedLetter closing = parse(String.join("\n", "关于县十八届人大六次会议第17号建议的答复", "张三代表:",
                "您提出的建议收悉,现答复如下:我局已安排资金。", "感谢您的关心和支持。", "联系人:李四", "联系电话:6822773",
                "此致", "敬礼", "某县交通运输局", "2021年9月2日"), fullWidth);
        assertThat(closing.replyText().value()).isEqualTo("您提出的建议收悉" + (fullWidth ? "，" : ",")
                + "现答复如下" + (fullWidth ? "：" : ":") + "我局已安排资金。\n感谢您的关心和支持。");

        ParsedLetter flattened = parse(String.join("\n", "关于县十九届人大二次会议第37号代表建议的答复",
                "韩忠国等代表: 您提出的建议收悉,现答复如下: 我局将积极争取资金。", "联系人姓名及电话:孙彤 15948410567",
                "永吉县水利局", "2023年"), fullWidth);
        assertThat(flattened.replyText().value()).startsWith("您提出的建议收悉").endsWith("我局将积极争取资金。");
    }
}
