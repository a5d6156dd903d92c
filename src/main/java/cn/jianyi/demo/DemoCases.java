package cn.jianyi.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.handling.ResolutionCategory;
import cn.jianyi.suggestion.SubjectArea;

/** The demo content: units, deputies and cases, as plain data. */
final class DemoCases {

    private DemoCases() {
    }

    /** A unit with its demo logins (handler and head). */
    record UnitSeed(String fullName, String shortName, String docCode, String phone, String handlerLogin,
                    String handlerName, String headLogin, String headName) {
    }

    /**
     * The units' duties (职能) by short name, as a 三定方案 states them in brief: routing (智能分办, ADR 0063) learns
     * from them.
     */
    static final Map<String, String> DUTIES = Map.of(
            "区卫健委", "负责全区卫生健康工作，拟订卫生健康政策；统筹规划医疗卫生资源配置，指导乡镇卫生院、村卫生室和社区卫生"
                    + "服务机构建设；负责疾病预防控制、慢性病管理、妇幼健康、计划生育和婴幼儿照护服务（托育）发展；负责医疗"
                    + "机构和医务人员管理、院前医疗急救体系建设；组织开展爱国卫生运动和健康教育，推进心理健康服务。",
            "区教体局", "负责全区教育和体育工作；统筹学前教育、义务教育和高中教育发展，负责中小学校布局规划、学位供给和招生"
                    + "入学；负责学校建设、校舍安全、校园及周边安全管理；负责教师队伍建设；指导学校体育、卫生和艺术教育；负责"
                    + "全民健身、体育场地设施建设和群众体育活动。",
            "区交通运输局", "负责全区公路、水路交通运输行业管理；负责农村公路建设、养护和管理，推进四好农村路；负责公交线路、"
                    + "客运班线和城乡公交一体化；负责道路运输、物流和交通运输安全监管；配合做好交通信号、停车和交通设施规划建设。",
            "区农业农村局", "负责全区农业农村工作，统筹实施乡村振兴战略；负责高标准农田建设、耕地质量和农田水利；负责种植业、"
                    + "畜牧业、渔业发展和农产品质量安全；负责农产品加工、冷链物流和农业产业化；负责农村人居环境整治、农村生活"
                    + "垃圾和污水治理、农村饮水工程的指导。",
            "区住建局", "负责全区住房和城乡建设工作；负责城市基础设施和市政公用设施建设，城市道路、路灯照明、供水、燃气和排水"
                    + "设施管理；负责老旧小区改造、物业管理和住房保障；负责建筑市场和工程质量安全监管；负责城区停车设施建设和"
                    + "城乡生活垃圾处理设施建设。",
            "区自然资源局", "负责全区自然资源统一管理；负责国土空间规划和用途管制；负责耕地保护、土地整治和土地征收、供应；负责"
                    + "不动产登记；负责矿产资源、林业资源保护利用和地质灾害防治。",
            "区民政局", "负责全区民政工作；负责养老服务体系建设，指导养老机构、社区居家养老和日间照料服务；负责最低生活保障、"
                    + "特困人员救助和临时救助；负责儿童福利、留守儿童和困境儿童关爱保护；负责社会组织、社区治理、婚姻登记和殡葬"
                    + "管理；推进社区心理服务和社会工作。");

    /** A deputy with the demo login. */
    record DeputySeed(String name, String login, String delegation, String address, String phone) {
    }

    /** One reply round: class, answer paragraphs, signing date, and the deputy's answer (if any). */
    record Round(ResolutionCategory classification, String answer, LocalDate signedOn, Satisfaction satisfaction,
                 String comment, LocalDate givenOn) {

        static Round unanswered(ResolutionCategory classification, String answer, LocalDate signedOn) {
            return new Round(classification, answer, signedOn, null, null, null);
        }

        /** The demo deputies rate 办理结果 as their overall opinion and 办理态度 one step kinder when dissatisfied. */
        Satisfaction attitude() {
            return satisfaction == Satisfaction.DISSATISFIED ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.SATISFIED;
        }
    }

    /**
     * A case and how far it has come. Deputies are named as in {@link #DEPUTIES} ({@code "程绮南"}), units by their
     * short name as in {@link #UNITS} ({@code "区卫健委"}); a case not yet assigned has no lead unit.
     *
     * @param draft       a draft reply left unsigned (the head's to-do)
     * @param concludedOn set when the clerk has closed it
     */
    record CaseSeed(int meeting, int number, String title, String content, String leadDeputy, List<String> coSigners,
                    SubjectArea category, LocalDate receivedOn, String leadUnit, List<String> coUnits,
                    LocalDate assignedOn, List<Round> rounds, String draft, boolean concluded) {
    }

    /** A 重点督办 item's leading official and supervising committee. */
    record KeyItem(String leadingOfficial, String supervisingCommittee) {
    }

    /** 重点督办 items of meeting 4 by number. */
    static final Map<Integer, KeyItem> KEY_ITEMS = Map.of(
            25, new KeyItem("区政府分管教育工作的副区长", "区人大常委会教科文卫工作委员会"),
            52, new KeyItem("区政府分管交通工作的副区长", "区人大常委会财政经济工作委员会"));

    static final List<UnitSeed> UNITS = List.of(
            new UnitSeed("南昌市新建区卫生健康委员会", "区卫健委", "新卫提字", "83752009", "handler", "熊伟", "head", "李卫东"),
            new UnitSeed("南昌市新建区教育体育局", "区教体局", "新教提字", "83751236", "handler2", "邹静", "head2", "万志远"),
            new UnitSeed("南昌市新建区交通运输局", "区交通运输局", "新交提字", "83761520", "handler3", "喻磊", "head3", "胡建新"),
            new UnitSeed("南昌市新建区农业农村局", "区农业农村局", "新农提字", "83728815", "handler4", "涂敏", "head4", "彭国华"),
            new UnitSeed("南昌市新建区住房和城乡建设局", "区住建局", "新建提字", "83771056", "handler5", "龚琳", "head5", "徐振宇"),
            new UnitSeed("南昌市新建区自然资源局", "区自然资源局", "新自然提字", "83766210", "handler6", "闵涛", "head6", "杨志明"),
            new UnitSeed("南昌市新建区民政局", "区民政局", "新民提字", "83752633", "handler7", "舒婷", "head7", "钟立新"));

    static final List<DeputySeed> DEPUTIES = List.of(
            new DeputySeed("程绮南", "deputy", "长堎街道代表团", null, null),
            new DeputySeed("刘建华", "deputy2", "望城镇代表团", "南昌市新建区望城镇璜溪大道88号", "13907081234"),
            new DeputySeed("熊小梅", "deputy3", "石岗镇代表团", "南昌市新建区石岗镇石岗街12号", "13870612345"),
            new DeputySeed("万国平", "deputy4", "松湖镇代表团", "南昌市新建区松湖镇政府路6号", "13576023456"),
            new DeputySeed("涂文军", "deputy5", "西山镇代表团", "南昌市新建区西山镇西山大道21号", "13979134567"),
            new DeputySeed("胡丽萍", "deputy6", "生米街道代表团", "南昌市新建区生米街道九龙大道168号", "13607915678"),
            new DeputySeed("邓志强", "deputy7", "联圩镇代表团", "南昌市新建区联圩镇联圩街3号", "13879146789"),
            new DeputySeed("喻春燕", "deputy8", "樵舍镇代表团", "南昌市新建区樵舍镇樵舍街15号", "15979017890"),
            new DeputySeed("章海涛", "deputy9", "乐化镇代表团", "南昌市新建区乐化镇乐化大道56号", "18970828901"),
            new DeputySeed("黄秀英", "deputy10", "溪霞镇代表团", "南昌市新建区溪霞镇溪霞街9号", "13317919012"),
            new DeputySeed("罗建国", "deputy11", "象山镇代表团", "南昌市新建区象山镇象山街27号", "13807910123"),
            new DeputySeed("聂晓红", "deputy12", "厚田乡代表团", "南昌市新建区厚田乡厚田街4号", "15807911234"),
            new DeputySeed("吴德明", "deputy13", "金桥乡代表团", "南昌市新建区金桥乡金桥街18号", "13970902345"),
            new DeputySeed("魏丽君", "deputy14", "铁河乡代表团", "南昌市新建区铁河乡铁河街7号", "18779103456"),
            new DeputySeed("付国强", "deputy15", "流湖镇代表团", "南昌市新建区流湖镇流湖街11号", "13657914567"));

    static final int REFERENCE_NUMBER = 43;

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static Round round(ResolutionCategory c, String answer, LocalDate signedOn, Satisfaction s,
                               String comment, LocalDate givenOn) {
        return new Round(c, answer, signedOn, s, comment, givenOn);
    }

    private static final LocalDate RECEIVED_2024 = d(2024, 1, 12);
    private static final LocalDate ASSIGNED_2024 = d(2024, 3, 28);    // 交办会; the reference reply (6-20) is on time
    private static final LocalDate RECEIVED_2026 = d(2026, 1, 9);

    /** The cases, in the order they are seeded; the reference case comes first among 区卫健委's 2024 replies. */
    static final List<CaseSeed> CASES = List.of(
            new CaseSeed(4, REFERENCE_NUMBER, "关于健全生育服务保障机制的建议",
                    "当前我区育龄家庭普遍反映“不敢生、养不起”，托育服务供给不足、费用偏高，生育假期落实不到位，生育保险覆盖面不够。"
                            + "建议：一是全面落实婚假、产假、男方护理假等生育假期政策；二是扩大普惠性托育服务供给，降低入托费用；"
                            + "三是加强生育教育宣传和妇幼健康服务；四是完善计划生育家庭扶助政策，营造生育友好的社会环境。",
                    "程绮南", List.of(), SubjectArea.EDUCATION_SCIENCE_CULTURE_HEALTH,
                    RECEIVED_2024, "区卫健委", List.of(), ASSIGNED_2024,
                    List.of(round(ResolutionCategory.A, null, d(2024, 6, 20), Satisfaction.SATISFIED, null, d(2024, 6, 28))),
                    null, true),
            new CaseSeed(4, 12, "关于优化望城新区公交线路的建议",
                    "望城新区入住居民逐年增多，但现有公交线路少、班次间隔长，居民到区中心和南昌市区出行不便。建议增开望城新区至长堎城区的公交线路，"
                            + "加密早晚高峰班次，并在主要小区设置公交站点。",
                    "刘建华", List.of("邓志强"), SubjectArea.URBAN_ENVIRONMENT,
                    RECEIVED_2024, "区交通运输局", List.of("区住建局"), ASSIGNED_2024,
                    List.of(round(ResolutionCategory.A, "我局会同区住建局对望城新区出行需求进行了调查，已于2024年5月新开通望城新区至长堎城区公交线路1条，"
                            + "早晚高峰发车间隔由30分钟缩短至15分钟，并在5个主要小区增设公交站点。", d(2024, 5, 28),
                            Satisfaction.SATISFIED, null, d(2024, 6, 6))),
                    null, true),
            new CaseSeed(4, 18, "关于改善石岗镇农村饮水安全的建议",
                    "石岗镇部分村组仍以分散式供水为主，水质不稳定，夏季用水高峰期经常停水。建议加快城乡供水一体化建设，将管网延伸到自然村，"
                            + "并加强水质检测。",
                    "熊小梅", List.of(), SubjectArea.AGRICULTURE, RECEIVED_2024, "区农业农村局", List.of(), ASSIGNED_2024,
                    List.of(round(ResolutionCategory.B, "我区已将石岗镇纳入城乡供水一体化二期工程，目前管网铺设已完成60%，计划于2025年底前实现自然村全覆盖。"
                            + "同时，我局已委托第三方机构每季度对农村供水水质进行抽检，结果向社会公布。", d(2024, 6, 3),
                            Satisfaction.BASICALLY_SATISFIED, "希望加快剩余管网的铺设进度。", d(2024, 6, 17))),
                    null, false),
            new CaseSeed(4, 25, "关于增加长堎街道中小学学位供给的建议",
                    "长堎街道新建住宅小区集中交付，适龄儿童快速增加，辖区中小学班额普遍偏大。建议加快新建学校建设，合理调整学区划分，缓解入学压力。",
                    "程绮南", List.of("胡丽萍"), SubjectArea.EDUCATION_SCIENCE_CULTURE_HEALTH,
                    RECEIVED_2024, "区教体局", List.of(), ASSIGNED_2024,
                    List.of(Round.unanswered(ResolutionCategory.B, "我局已将长堎街道学位供给列入全区教育设施布局规划，新建长堎第二小学已开工建设，"
                            + "预计2025年9月投入使用，可新增学位1620个；2024年秋季学期通过挖潜扩容新增学位360个。", d(2024, 6, 12))),
                    null, false),
            new CaseSeed(4, 31, "关于加强乡镇卫生院医疗人才队伍建设的建议",
                    "乡镇卫生院普遍存在人才引不进、留不住的问题，全科医生和专业技术人员缺口较大，影响基层群众就医。建议完善基层医疗人才引进和激励政策，"
                            + "落实编制和待遇保障。",
                    "万国平", List.of(), SubjectArea.EDUCATION_SCIENCE_CULTURE_HEALTH,
                    RECEIVED_2024, "区卫健委", List.of(), ASSIGNED_2024,
                    List.of(round(ResolutionCategory.C, "我委高度重视基层医疗人才队伍建设，近年来通过订单定向培养、县管乡用等方式充实基层力量。"
                            + "受编制总量等条件限制，人才引进政策需待上级统筹后逐步完善。", d(2024, 6, 25),
                            Satisfaction.DISSATISFIED, "答复没有提出具体的人才引进措施和时间表，希望重新研究办理。", d(2024, 7, 8))),
                    null, false),
            new CaseSeed(4, 36, "关于规范城区老旧小区物业管理的建议",
                    "城区部分老旧小区没有专业物业服务，环境卫生差、公共设施维修无人负责。建议推行老旧小区物业管理全覆盖，探索社区托管和准物业服务模式。",
                    "胡丽萍", List.of(), SubjectArea.URBAN_ENVIRONMENT, RECEIVED_2024, "区住建局", List.of(), ASSIGNED_2024,
                    List.of(round(ResolutionCategory.A, "我局已出台老旧小区物业管理实施办法，2024年对城区42个无物业老旧小区全部实行社区托管或准物业服务，"
                            + "并建立了公共设施维修资金快速使用机制。", d(2024, 5, 30), Satisfaction.SATISFIED, null, d(2024, 6, 11))),
                    null, true),
            new CaseSeed(4, 47, "关于推进农村生活垃圾分类处理的建议",
                    "我区农村生活垃圾收运体系仍不完善，部分村庄垃圾转运不及时，分类处理刚刚起步。建议加大投入，完善村收集、镇转运、区处理体系，推进垃圾分类试点。",
                    "涂文军", List.of(), SubjectArea.AGRICULTURE, RECEIVED_2024, "区农业农村局", List.of("区住建局"), ASSIGNED_2024,
                    List.of(round(ResolutionCategory.B, "我局正会同区住建局推进农村生活垃圾收运体系建设，计划在西山镇等3个乡镇开展垃圾分类试点。",
                                    d(2024, 6, 18), Satisfaction.DISSATISFIED, "垃圾转运站建设进度不明确，希望给出具体时间表。",
                                    d(2024, 6, 26)),
                            round(ResolutionCategory.A, "经重新研究，西山镇垃圾转运站已于2024年7月20日建成投入使用，全镇23个行政村实现垃圾日产日清；"
                                    + "垃圾分类试点已在西山镇、石岗镇、松湖镇全面启动，并纳入乡镇年度考核。", d(2024, 7, 25),
                                    Satisfaction.SATISFIED, null, d(2024, 8, 2))),
                    null, true),
            new CaseSeed(4, 52, "关于加快西山镇乡村旅游道路建设的建议",
                    "西山镇乡村旅游资源丰富，但通往主要景点的道路狭窄、路况差，节假日拥堵严重。建议将旅游公路建设纳入年度计划，拓宽改造主要通景道路。",
                    "邓志强", List.of("涂文军"), SubjectArea.ECONOMY, RECEIVED_2024, "区交通运输局", List.of(), ASSIGNED_2024,
                    List.of(round(ResolutionCategory.B, "西山镇梦山至西山万寿宫旅游公路拓宽改造工程已列入2024—2025年农村公路建设计划，计划2025年6月底前完工。",
                            d(2024, 6, 14), Satisfaction.SATISFIED, null, d(2024, 6, 24))),
                    null, true),
            new CaseSeed(4, 58, "关于完善社区居家养老服务设施的建议",
                    "我区老龄化程度不断加深，社区养老服务设施不足，助餐、日间照料等服务覆盖面窄。建议加快社区居家养老服务中心建设，发展老年助餐服务。",
                    "喻春燕", List.of("黄秀英"), SubjectArea.SOCIAL_DEVELOPMENT,
                    RECEIVED_2024, "区民政局", List.of(), ASSIGNED_2024,
                    List.of(round(ResolutionCategory.A, "2024年我区新建社区居家养老服务中心8个、老年助餐点26个，城市社区养老服务设施覆盖率达到100%。",
                            d(2024, 5, 22), Satisfaction.SATISFIED, null, d(2024, 6, 3))),
                    null, true),
            new CaseSeed(4, 63, "关于加强耕地保护和土地整治的建议",
                    "部分乡镇存在耕地“非农化”“非粮化”现象，土地整治后续管护不到位。建议加强耕地保护执法检查，完善土地整治项目管护机制。",
                    "章海涛", List.of(), SubjectArea.AGRICULTURE, RECEIVED_2024, "区自然资源局", List.of(), ASSIGNED_2024,
                    List.of(round(ResolutionCategory.D, "您的建议对我区耕地保护工作很有参考价值。土地整治项目管护机制涉及多部门职责，我局将在制定相关政策时认真研究吸纳。",
                            d(2024, 6, 19), Satisfaction.BASICALLY_SATISFIED, null, d(2024, 7, 1))),
                    null, true),
            new CaseSeed(4, 66, "关于提升基层医疗机构慢性病管理水平的建议",
                    "高血压、糖尿病等慢性病患者多在基层就诊，但基层医疗机构慢性病管理能力不足，随访不规范。建议加强家庭医生签约服务和慢性病规范化管理。",
                    "程绮南", List.of(), SubjectArea.EDUCATION_SCIENCE_CULTURE_HEALTH,
                    RECEIVED_2024, "区卫健委", List.of(), ASSIGNED_2024,
                    List.of(Round.unanswered(ResolutionCategory.A, "我委已在全区乡镇卫生院设立慢性病管理门诊，家庭医生团队对签约慢性病患者每季度至少随访一次，"
                            + "规范管理率达到75%以上。", d(2024, 7, 10))),
                    null, false),
            new CaseSeed(6, 3, "关于推进婴幼儿托育服务扩容提质的建议",
                    "我区普惠性托育机构分布不均，乡镇托位紧缺，托育从业人员专业化程度不高。建议在乡镇中心幼儿园普遍开设托班，加强托育从业人员培训。",
                    "程绮南", List.of("刘建华"), SubjectArea.EDUCATION_SCIENCE_CULTURE_HEALTH,
                    RECEIVED_2026, "区卫健委", List.of("区教体局"), d(2026, 3, 10),
                    List.of(), "我委会同区教体局研究认为，在乡镇中心幼儿园开设托班是扩大普惠托育供给的有效途径。2026年计划新增托班15个、托位450个，"
                            + "并组织托育从业人员全员培训。", false),
            new CaseSeed(6, 7, "关于加强中小学校园周边交通安全的建议",
                    "上下学高峰期部分学校周边车辆乱停、人车混行，存在安全隐患。建议完善校园周边交通设施，设置接送车辆临时停靠区，加强高峰期交通疏导。",
                    "罗建国", List.of(), SubjectArea.URBAN_ENVIRONMENT,
                    RECEIVED_2026, "区教体局", List.of("区交通运输局"), d(2026, 9, 21),
                    List.of(), null, false),
            new CaseSeed(6, 9, "关于加强农村医疗急救网络建设的建议",
                    "我区农村地区急救站点少，急救车辆到达时间长。建议在中心乡镇卫生院增设急救分站，完善农村急救网络。",
                    "聂晓红", List.of(), SubjectArea.EDUCATION_SCIENCE_CULTURE_HEALTH,
                    RECEIVED_2026, "区卫健委", List.of(), d(2026, 3, 10),
                    List.of(), null, false),
            new CaseSeed(6, 14, "关于支持高标准农田建设的建议",
                    "高标准农田建设后期管护资金不足，部分灌溉设施损坏后无人维修。建议建立高标准农田建后管护长效机制，落实管护资金。",
                    "吴德明", List.of("付国强"), SubjectArea.AGRICULTURE, RECEIVED_2026, "区农业农村局", List.of(), d(2026, 9, 21),
                    List.of(), null, false),
            new CaseSeed(6, 15, "关于加快城区停车设施建设的建议",
                    "城区停车位供需矛盾突出，占道停车现象普遍。建议利用边角地块建设公共停车场，推进机关事业单位停车场错时开放。",
                    "魏丽君", List.of(), SubjectArea.URBAN_ENVIRONMENT,
                    RECEIVED_2026, "区住建局", List.of("区交通运输局", "区自然资源局"), d(2026, 3, 10),
                    List.of(), null, false),
            new CaseSeed(6, 21, "关于开展适龄女性两癌免费筛查全覆盖的建议",
                    "目前两癌免费筛查仅覆盖部分农村适龄妇女，城镇低收入妇女未纳入。建议扩大筛查范围，实现适龄女性全覆盖。",
                    "黄秀英", List.of("程绮南"), SubjectArea.EDUCATION_SCIENCE_CULTURE_HEALTH,
                    RECEIVED_2026, "区卫健委", List.of(), d(2026, 3, 10),
                    List.of(Round.unanswered(ResolutionCategory.A, "我委已将城镇低收入适龄妇女纳入两癌免费筛查范围，2026年完成筛查2.1万人，实现适龄女性应筛尽筛。",
                            d(2026, 10, 15))),
                    null, false),
            new CaseSeed(6, 22, "关于加强乡村学校体育设施建设的建议",
                    "部分乡村学校运动场地简陋，缺乏基本体育器材。建议加大乡村学校体育设施投入，配齐体育器材和专职体育教师。",
                    "付国强", List.of(), SubjectArea.EDUCATION_SCIENCE_CULTURE_HEALTH,
                    RECEIVED_2026, "区教体局", List.of(), d(2026, 3, 10),
                    List.of(round(ResolutionCategory.A, "2026年我局投入资金1200万元，完成18所乡村学校运动场改造，为全部乡村学校配齐体育器材，新招聘体育教师25名。",
                            d(2026, 6, 2), Satisfaction.SATISFIED, null, d(2026, 6, 15))),
                    null, false),
            new CaseSeed(6, 27, "关于改善铁河乡道路照明的建议",
                    "铁河乡集镇及主要村道夜间照明不足，群众夜间出行不便且存在安全隐患。建议增设路灯并建立维护机制。",
                    "魏丽君", List.of(), SubjectArea.URBAN_ENVIRONMENT,
                    d(2026, 10, 12), null, List.of(), null, List.of(), null, false),
            new CaseSeed(6, 28, "关于加强社区心理健康服务的建议",
                    "青少年和老年人心理健康问题日益突出，社区心理服务资源不足。建议在社区卫生服务中心设立心理咨询室，配备专业人员。",
                    "程绮南", List.of(), SubjectArea.EDUCATION_SCIENCE_CULTURE_HEALTH,
                    d(2026, 10, 20), null, List.of(), null, List.of(),
                    null, false),
            new CaseSeed(6, 30, "关于完善农产品冷链物流体系的建议",
                    "我区蔬菜、水产品产量大，但产地冷藏保鲜设施不足，损耗率高。建议支持建设产地冷链集配中心，完善农产品冷链物流体系。",
                    "付国强", List.of("吴德明"), SubjectArea.ECONOMY,
                    d(2026, 11, 2), null, List.of(), null, List.of(), null, false),
            new CaseSeed(6, 33, "关于推进全民健身中心建设的建议",
                    "我区缺少综合性全民健身场馆，群众健身需求难以满足。建议规划建设区全民健身中心，推进公共体育设施免费或低收费开放。",
                    "章海涛", List.of(), SubjectArea.EDUCATION_SCIENCE_CULTURE_HEALTH,
                    RECEIVED_2026, "区教体局", List.of(), d(2026, 9, 21),
                    List.of(), "区全民健身中心已列入“十五五”体育设施建设规划，选址已初步确定。目前我局正在开展项目前期工作。", false),
            new CaseSeed(6, 36, "关于缓解城区停车难问题的建议",
                    "城区老旧小区和商圈周边停车位严重不足，车辆占道停放影响通行。建议挖掘边角地块增建停车场，推动单位停车场错时共享。",
                    "罗建国", List.of(), SubjectArea.URBAN_ENVIRONMENT,
                    RECEIVED_2026, null, List.of(), null, List.of(), null, false));

    /** 并案 in meeting 6: the later suggestion (key) joins the earlier one of the same content (value). */
    static final Map<Integer, Integer> MERGES = Map.of(36, 15);
}
