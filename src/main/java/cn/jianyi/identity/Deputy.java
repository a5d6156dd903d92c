package cn.jianyi.identity;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** 代表: a deputy of the congress, with the postal details printed on the feedback form. */
@Table("deputies")
public record Deputy(@Id Long id, String name, String delegation, String address, String postcode, String phone) {
}
