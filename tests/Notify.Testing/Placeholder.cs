namespace Notify.Testing;
