package cn.jianyi.suggestion;

import org.springframework.data.relational.core.mapping.Table;

/** 联名代表: a deputy who co-signed a suggestion. */
@Table("suggestion_co_signers")
public record CoSigner(Long deputyId) {
}
