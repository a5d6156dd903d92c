package cn.jianyi.identity;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * 承办单位: a government department or other body that handles suggestions and answers them.
 *
 * @param docCode the issuer code of its reply numbers (机关代字), e.g. 新卫提字
 */
@Table("units")
public record HandlingUnit(@Id Long id, String fullName, String shortName, String docCode, String phone,
                           String postcode, String address) {
}
