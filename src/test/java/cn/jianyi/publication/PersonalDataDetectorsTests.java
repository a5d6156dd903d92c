package cn.jianyi.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataDetectorsTests {

    private static List<String> found(String text, RedactionKind kind) {
        return PersonalDataDetectors.find(text).stream().filter(f -> f.kind() == kind)
                .map(f -> text.substring(f.start(), f.end())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "138-1234-5678", "138 1234 5678", "+86 13812345678", "8613812345678"})
    @DisplayName("手机号码：常见写法都能找到")
    void findsMobileNumbers(String number) {
        assertThat(found("请与居民王某（" + number + "）联系。", RedactionKind.MOBILE)).containsExactly(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0791-83754321", "（0791）83754321", "(010)62345678", "0791-83754321-801"})
    @DisplayName("固定电话：带区号的号码")
    void findsLandlinesWithAnAreaCode(String number) {
        assertThat(found("家中电话为" + number + "，", RedactionKind.LANDLINE)).containsExactly(number);
    }

    @Test
    @DisplayName("固定电话：无区号时须紧跟“电话”等字样")
    void findsLandlinesWithoutAreaCodeAfterAPhoneWord() {
        assertThat(found("联系电话：83754321。", RedactionKind.LANDLINE)).containsExactly("83754321");
        assertThat(found("座机 6234567", RedactionKind.LANDLINE)).containsExactly("6234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024年全区投入资金23456789元。", "新卫提字〔2024〕1号", "邮政编码：330100",
            "共计托位数2380个，普惠率100%。", "账号13812345678901", "区人大二届四次会议第43号建议",
            "文号2024-12345678", "统一社会信用代码91360122MA35XXXX1X", "截至2024年6月20日"})
    @DisplayName("不是电话的数字不删除")
    void numbersThatAreNoPhonesStay(String text) {
        assertThat(PersonalDataDetectors.find(text)).isEmpty();
    }

    @Test
    @DisplayName("身份证号码：校验位正确的才算，号码里的数字不再当作电话")
    void findsIdNumbersWithAValidCheckDigit() {
        assertThat(PersonalDataDetectors.isIdNumber("11010519491231002X")).isTrue();
        assertThat(PersonalDataDetectors.isIdNumber("110105194912310021")).isFalse();
        String text = "身份证号11010519491231002x，另一号码110105194912310021。";
        assertThat(PersonalDataDetectors.find(text)).extracting(f -> text.substring(f.start(), f.end()))
                .containsExactly("11010519491231002x");
        assertThat(found("号码360122199001011234", RedactionKind.ID_CARD))
                .as("a wrong check digit is no ID number").isEmpty();
    }

    @Test
    @DisplayName("门牌地址：楼栋、单元、房号删除，小区和道路保留")
    void findsHouseLevelAddresses() {
        assertThat(found("住在幸福小区3栋2单元501室的居民", RedactionKind.ADDRESS)).containsExactly("3栋2单元501室");
        assertThat(found("长堎大道12号4幢302", RedactionKind.ADDRESS)).containsExactly("12号4幢302");
        assertThat(found("望城镇18号楼1单元1203", RedactionKind.ADDRESS)).containsExactly("18号楼1单元1203");
        assertThat(found("建设3栋住宅楼，新增2单元", RedactionKind.ADDRESS)).isEmpty();
    }
}
