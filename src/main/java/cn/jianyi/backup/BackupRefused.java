package cn.jianyi.backup;

/** A backup or a restore that was refused before anything was changed; the reason is in Chinese and names the file. */
public class BackupRefused extends RuntimeException {

    public BackupRefused(String reason) {
        super(reason);
    }
}
