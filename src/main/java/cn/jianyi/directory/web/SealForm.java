package cn.jianyi.directory.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

import cn.jianyi.documents.UploadSealCommand;
import cn.jianyi.shared.Actor;

/** 电子印章: the three files as uploaded; the command and the seal check judge them. */
record SealForm(MultipartFile seal, MultipartFile key, MultipartFile certificate) {

    static SealForm empty() {
        return new SealForm(null, null, null);
    }

    UploadSealCommand toCommand(long unitId, Actor actor) {
        return new UploadSealCommand(unitId, bytes(seal), bytes(key), bytes(certificate), actor);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null || file.isEmpty() ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
