package dev.codestages.run;

import dev.codestages.appspec.AgentAppspec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applies {@code permissions} entries the way the agent's code does (not as the docs describe it):
 * an entry on a copied file applies to that file; an entry on a folder applies to what this
 * deployment copied (type file) or created (type directory) below it that matches {@code pattern} and
 * not {@code except} ({@link AgentAppspec.Permission#matches}: only {@code *} is a wildcard), never to
 * the folder itself. Mode is applied; owner and group where the names exist on this machine,
 * otherwise noted and skipped; ACLs and SELinux contexts are noted, not applied locally.
 */
final class PermissionApplier {

    private PermissionApplier() {
    }

    static void apply(InstanceRoot instance, List<AgentAppspec.Permission> permissions, Collection<Path> copied,
                      Collection<Path> created, Consumer<String> log) throws IOException {
        Set<Path> done = new HashSet<>();
        for (AgentAppspec.Permission permission : permissions) {
            Path object = instance.resolve(permission.object());
            List<String> types = permission.types();
            for (Path target : created) {
                boolean isFile = copied.contains(target);
                boolean applies = target.equals(object) ? isFile && types.contains("file")
                        : target.startsWith(object) && (isFile ? types.contains("file") : types.contains("directory"))
                        && permission.matches(object.relativize(target).toString());
                if (!applies) {
                    continue;
                }
                if (!done.add(target)) {
                    throw new IOException("the permissions setting for (/" + instance.path().relativize(target)
                            + ") is specified more than once in the application specification file");
                }
                applyTo(target, permission, log);
            }
        }
    }

    private static void applyTo(Path target, AgentAppspec.Permission permission, Consumer<String> log)
            throws IOException {
        if (Files.isSymbolicLink(target)) {
            return;
        }
        if (!permission.acls().isEmpty() || permission.context() != null) {
            log.accept("acls and context not applied locally to " + target.getFileName());
        }
        if (permission.mode() != null) {
            Files.setPosixFilePermissions(target, parseMode(permission.mode()));
        }
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        UserPrincipalLookupService lookup = target.getFileSystem().getUserPrincipalLookupService();
        if (permission.owner() != null) {
            try {
                UserPrincipal owner = lookup.lookupPrincipalByName(permission.owner());
                view.setOwner(owner);
            } catch (IOException | UnsupportedOperationException e) {
                log.accept("owner '" + permission.owner() + "' not applied here: " + e.getMessage());
            }
        }
        if (permission.group() != null) {
            try {
                GroupPrincipal group = lookup.lookupPrincipalByGroupName(permission.group());
                view.setGroup(group);
            } catch (IOException | UnsupportedOperationException e) {
                log.accept("group '" + permission.group() + "' not applied here: " + e.getMessage());
            }
        }
    }

    /** An octal mode such as 755 or 0644; the set-id and sticky digit is not applied locally. */
    static Set<PosixFilePermission> parseMode(String mode) throws IOException {
        String digits = mode.strip();
        if (!digits.matches("[0-7]{1,4}")) {
            throw new IOException("invalid mode '" + mode + "'");
        }
        int value = Integer.parseInt(digits, 8) & 0777;
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < order.length; bit++) {
            if ((value & (1 << bit)) != 0) {
                permissions.add(order[bit]);
            }
        }
        return permissions;
    }
}
